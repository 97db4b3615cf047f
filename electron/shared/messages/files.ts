// Files the user chooses and the app saves: the dialogs' filters, and what can go wrong reading or writing.

export const filesErrors = {
  'file-ref-unknown': 'Berkas yang dipilih tidak dikenal lagi (mungkin aplikasi dimulai ulang). Pilih berkasnya sekali lagi.',
  'file-unreadable': 'Berkas "{file}" tidak dapat dibaca: mungkin sudah dipindahkan, dihapus, atau sedang dibuka program lain. Periksa berkasnya, lalu pilih lagi.',
  'file-too-large': 'Berkas "{file}" terlalu besar ({size}); paling besar {max}. Periksa apakah berkasnya benar.',
  'file-unpacks-too-large': 'Berkas "{file}" terlalu besar atau tidak wajar: bila dibuka, isinya melebihi {limit}, jauh di atas lembar kerja kantor mana pun. Berkas ini tidak dibaca. Periksa asal berkasnya; bila memang berisi data yang benar, buka di Excel, salin lembar datanya saja ke buku kerja baru, simpan, lalu pakai berkas baru itu.',
  'file-xml-entities': 'Berkas "{file}" tidak wajar: di dalamnya ada definisi entitas XML (DOCTYPE/ENTITY) yang tidak pernah dibuat oleh Excel atau LibreOffice, dan dapat dipakai untuk membuat aplikasi macet. Berkas ini tidak dibaca. Bila memang berisi data yang benar, buka di Excel, simpan ulang sebagai .xlsx, lalu pakai berkas yang baru disimpan itu.',
  'file-save-failed': 'Berkas "{file}" tidak dapat disimpan ({detail}). Pilih folder lain atau periksa ruang disk, lalu coba lagi.',
} as const;

export const filesUi = {
  files: {
    defaultName: 'berkas',
    defaultFolder: 'folder rekap',
    filterRoster: 'Daftar pegawai (Excel, CSV)',
    filterEmblem: 'Gambar lambang (PNG, JPG, SVG)',
    filterRecap: 'Rekap Satgas Netralitas (Excel)',
    filterEvidence: 'Bukti (foto, pindaian, PDF, video)',
    filterXlsx: 'Buku Kerja Excel',
    filterPdf: 'Dokumen PDF',
    filterDocx: 'Dokumen Word',
    filterAll: 'Semua berkas',
    savedTo: 'Tersimpan: "{file}" di {folder}.',
    open: 'Buka',
    showInFolder: 'Tampilkan di folder',
    identities: {
      title: 'Berkas ini memuat identitas orang',
      counted: 'Berkas yang akan disimpan berisi nama dan NIP/NIK {count} orang.',
      uncounted: 'Berkas yang akan disimpan berisi nama dan NIP/NIK orang.',
      care: 'Simpan hanya di folder yang tidak dibuka orang lain dan hapus bila tidak diperlukan lagi. Setiap penyimpanan dicatat di log audit: oleh siapa, kapan, dan ke folder mana.',
    },
  },
} as const;
