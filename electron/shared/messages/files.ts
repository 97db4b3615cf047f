// Files the user chooses and the app saves: the dialogs' filters, and what can go wrong reading or writing.

export const filesErrors = {
  'file-ref-unknown': 'Berkas yang dipilih tidak dikenal lagi (mungkin aplikasi dimulai ulang). Pilih berkasnya sekali lagi.',
  'file-unreadable': 'Berkas "{file}" tidak dapat dibaca: mungkin sudah dipindahkan, dihapus, atau sedang dibuka program lain. Periksa berkasnya, lalu pilih lagi.',
  'file-too-large': 'Berkas "{file}" terlalu besar ({size}); paling besar {max}. Periksa apakah berkasnya benar.',
  'file-save-failed': 'Berkas "{file}" tidak dapat disimpan ({detail}). Pilih folder lain atau periksa ruang disk, lalu coba lagi.',
} as const;

export const filesUi = {
  files: {
    defaultName: 'berkas',
    filterRoster: 'Daftar pegawai (Excel, CSV)',
    filterEmblem: 'Gambar lambang (PNG, JPG, SVG)',
    filterXlsx: 'Buku Kerja Excel',
    filterPdf: 'Dokumen PDF',
    filterDocx: 'Dokumen Word',
    filterAll: 'Semua berkas',
    savedTo: 'Tersimpan: "{file}" di {folder}.',
    open: 'Buka',
    showInFolder: 'Tampilkan di folder',
  },
} as const;
