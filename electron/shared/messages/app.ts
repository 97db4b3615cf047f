// The app as a whole: generic errors, the database, the window shell (menu, navigation, header), the web harness.

export const appErrors = {
  // generic
  'internal': 'Terjadi kesalahan di dalam aplikasi. Coba lagi; bila terulang, tutup dan buka kembali aplikasi.',
  'invalid-input': 'Data yang dikirim tidak lengkap atau tidak sah: {detail}',
  'unknown-call': 'Perintah tidak dikenal: {name}.',
  'no-api': 'Layar aplikasi tidak tersambung ke aplikasinya (window.api tidak ada). Tutup dan buka kembali aplikasi.',
  'forbidden-sender': 'Permintaan ditolak karena tidak berasal dari jendela aplikasi.',
  // database
  'db-read-only': 'Basis data sedang dipakai oleh {user} di komputer {host} sejak {since}. Aplikasi dibuka hanya-baca: perubahan tidak dapat disimpan sampai aplikasi di sana ditutup.',
  'db-newer-version': 'Berkas basis data ini dibuat oleh versi aplikasi yang lebih baru (skema {found}, aplikasi ini mengenal sampai {known}). Perbarui aplikasi; berkas tidak diubah.',
  'db-corrupt': 'Berkas basis data rusak ({detail}). Berkas itu telah disisihkan sebagai "{setAside}" dan tidak dihapus. Pulihkan dari cadangan terbaru yang masih baik.',
  'db-detail-empty': 'berkas kosong',
  'db-detail-missing': 'berkas tidak ditemukan',
  'db-detail-not-sqlite': 'bukan berkas basis data aplikasi ini',
  'db-detail-damaged': 'isi berkas tidak utuh atau tidak terbaca',
  'db-not-open': 'Basis data belum terbuka. Pilih atau pulihkan berkas basis data terlebih dahulu.',
  'db-persist-failed': 'Perubahan tidak dapat disimpan ke disk ({detail}). Perubahan dibatalkan; data lama tetap utuh. Periksa ruang disk atau antivirus, lalu coba lagi.',
  'backup-not-found': 'Cadangan yang dipilih tidak ditemukan atau rusak. Pilih cadangan lain.',
} as const;

export const appUi = {
  appName: 'Satgas Netralitas ASN',
  menu: {
    file: 'Berkas', quit: 'Keluar', edit: 'Edit', undo: 'Urungkan', redo: 'Ulangi', cut: 'Potong', copy: 'Salin',
    paste: 'Tempel', selectAll: 'Pilih Semua', view: 'Tampilan', reload: 'Muat Ulang', zoomIn: 'Perbesar',
    zoomOut: 'Perkecil', resetZoom: 'Ukuran Normal', fullscreen: 'Layar Penuh', window: 'Jendela', minimize: 'Kecilkan',
    close: 'Tutup',
  },
  nav: {
    label: 'Navigasi utama',
    settings: 'Pengaturan',
    profile: 'Profil OPD',
    staff: 'Pegawai',
  },
  header: {
    noOpd: 'Profil OPD belum diisi',
    readOnly: 'Hanya-baca',
  },
  common: {
    save: 'Simpan',
    saving: 'Menyimpan…',
    saved: 'Tersimpan',
    cancel: 'Batal',
    loading: 'Memuat…',
    remove: 'Hapus',
    errorTitle: 'Terjadi kesalahan',
    undo: 'Urungkan',
  },
  database: {
    readOnlyTitle: 'Dibuka hanya-baca',
    corruptTitle: 'Berkas basis data rusak',
    newerTitle: 'Versi aplikasi terlalu lama',
    backupsIntro: 'Cadangan yang masih baik (terbaru di atas):',
    noBackups: 'Tidak ada cadangan yang baik. Hubungi admin TI untuk memeriksa berkas yang disisihkan.',
    restore: 'Pulihkan cadangan ini',
    restoreConfirm: 'Pulihkan dari cadangan {date}? Perubahan setelah tanggal itu tidak ada di cadangan ini.',
    restored: 'Basis data dipulihkan dari cadangan.',
    location: 'Lokasi berkas',
    modified: 'Terakhir diubah',
  },
  startup: {
    title: 'Satgas Netralitas ASN tidak dapat dibuka',
    notWritable: 'Folder data aplikasi tidak dapat ditulis:\n{dir}\n\nMinta admin TI memberi izin tulis pada folder itu (atau keluarkan dari folder yang diawasi antivirus), lalu buka aplikasi lagi. Data yang sudah ada tidak diubah.',
    diskFull: 'Ruang disk habis di:\n{dir}\n\nKosongkan ruang disk (misalnya hapus berkas di Unduhan atau Tempat Sampah), lalu buka aplikasi lagi. Data yang sudah ada tidak diubah.',
    damagedInstall: 'Berkas program aplikasi tidak lengkap (komponen basis data tidak ditemukan). Pasang ulang aplikasi dari berkas pemasangnya; data Anda tidak terhapus.',
    unknown: 'Terjadi kesalahan saat membuka aplikasi ({detail}). Tutup dan buka lagi; bila terulang, hubungi admin TI dan sebutkan pesan ini.',
  },
  harness: {
    tokenMissing: 'Alamat ini tidak lengkap. Buka alamat yang dicetak oleh `npm start` (dengan token).',
    noElectron: 'Program Electron belum terpasang di komputer ini; aplikasi dibuka lewat peramban sebagai gantinya.',
    opened: 'Aplikasi dibuka lewat peramban: {url}',
    dataAt: 'Data disimpan di {dir}. Tekan Ctrl+C untuk berhenti.',
  },
} as const;
