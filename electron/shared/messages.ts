// The one messages module: every word a user sees, in Indonesian. Environment-free data imported by the core
// (error messages) and by the renderer (screen text). Code and comments stay in English.

/** Error messages: each says what happened and what to do. `{name}` placeholders are filled from details. */
export const errors = {
  // generic
  'internal': 'Terjadi kesalahan di dalam aplikasi. Coba lagi; bila terulang, tutup dan buka kembali aplikasi.',
  'invalid-input': 'Data yang dikirim tidak lengkap atau tidak sah: {detail}',
  'unknown-call': 'Perintah tidak dikenal: {name}.',
  'forbidden-sender': 'Permintaan ditolak karena tidak berasal dari jendela aplikasi.',
  // database
  'db-read-only': 'Basis data sedang dipakai oleh {user} di komputer {host} sejak {since}. Aplikasi dibuka hanya-baca: perubahan tidak dapat disimpan sampai aplikasi di sana ditutup.',
  'db-newer-version': 'Berkas basis data ini dibuat oleh versi aplikasi yang lebih baru (skema {found}, aplikasi ini mengenal sampai {known}). Perbarui aplikasi; berkas tidak diubah.',
  'db-corrupt': 'Berkas basis data rusak ({detail}). Berkas itu telah disisihkan sebagai "{setAside}" dan tidak dihapus. Pulihkan dari cadangan terbaru yang masih baik.',
  'db-not-open': 'Basis data belum terbuka. Pilih atau pulihkan berkas basis data terlebih dahulu.',
  'db-persist-failed': 'Perubahan tidak dapat disimpan ke disk ({detail}). Perubahan dibatalkan; data lama tetap utuh. Periksa ruang disk atau antivirus, lalu coba lagi.',
  'backup-not-found': 'Cadangan yang dipilih tidak ditemukan atau rusak. Pilih cadangan lain.',
  // profile
  'invalid-nip': '{label}: NIP "{value}" tidak sah ({reason}). NIP terdiri dari 18 angka (boleh ditulis dengan spasi).',
  'invalid-postcode': 'Kode pos "{value}" tidak sah: kode pos terdiri dari 5 angka.',
  'invalid-email': 'Alamat email "{value}" tidak sah. Contoh yang benar: dinas@kab.go.id.',
  'emblem-too-large': 'Gambar lambang terlalu besar ({size}). Pilih gambar di bawah 2 MB.',
  'emblem-not-image': 'Berkas lambang harus berupa gambar PNG, JPG, atau SVG.',
  'required': 'Kolom "{label}" wajib diisi.',
  // staff and units (roster screen)
  'staff-not-found': 'Pegawai tidak ditemukan (mungkin sudah diubah di jendela lain). Muat ulang daftar pegawai.',
  'staff-invalid-identifier': '"{value}" bukan NIP (18 angka) atau NIK (16 angka) yang sah: {reason}. Perbaiki, atau kosongkan bila pegawai non-ASN tidak memilikinya.',
  'staff-duplicate-nip': 'NIP {value} sudah dipakai oleh {name}. Periksa NIP-nya, atau ubah data pegawai tersebut.',
  'staff-duplicate-nik': 'NIK {value} sudah dipakai oleh {name}. Periksa NIK-nya, atau ubah data pegawai tersebut.',
  'staff-invalid-rank': 'Pangkat/golongan "{value}" tidak dikenali. Tulis seperti III/b atau Penata Muda Tk. I (III/b); untuk PPPK tulis golongan I sampai XVII.',
  'staff-employment-mismatch': 'Nomor ini berbentuk {shape}, tetapi status kepegawaian yang dipilih {stated}. Sesuaikan salah satunya.',
  'staff-left-date-future': 'Tanggal keluar ({value}) belum terjadi. Isi tanggal hari ini atau sebelumnya.',
  'unit-duplicate': 'Unit "{name}" sudah ada. Pakai unit itu, atau beri nama lain.',
  'unit-not-found': 'Unit tidak ditemukan (mungkin sudah digabung atau diubah). Muat ulang daftar unit.',
  'unit-merge-same': 'Pilih dua unit yang berbeda untuk digabung.',
  'import-preview-expired': 'Pratinjau impor ini sudah tidak berlaku (aplikasi dimulai ulang, atau ada impor lain). Pilih berkasnya lagi.',
  'import-job-not-found': 'Proses impor tidak ditemukan. Pilih berkasnya lagi.',
  'import-nothing': 'Tidak ada baris yang bisa diimpor dari berkas ini: semua baris ditolak. Perbaiki baris yang ditolak, lalu impor lagi.',
  // roster import (staff area)
  'roster-empty': 'Berkas "{file}" kosong. Pilih berkas daftar pegawai yang berisi data.',
  'roster-not-spreadsheet': 'Berkas "{file}" bukan lembar kerja Excel (.xlsx) atau CSV. Pilih berkas daftar pegawai berformat .xlsx atau .csv.',
  'roster-xls-old': 'Berkas "{file}" berformat Excel lama (.xls) atau dilindungi kata sandi. Buka di Excel, lalu simpan sebagai .xlsx (File > Save As > Excel Workbook) tanpa kata sandi, dan impor berkas .xlsx itu.',
  'roster-ods': 'Berkas "{file}" berformat OpenDocument (.ods). Buka di LibreOffice Calc atau Excel, lalu simpan sebagai .xlsx dan impor berkas .xlsx itu.',
  'roster-html': 'Berkas "{file}" sebenarnya halaman web (HTML) yang diberi nama lembar kerja, biasanya hasil unduhan aplikasi kepegawaian. Buka di Excel, lalu simpan sebagai .xlsx dan impor berkas .xlsx itu.',
  'roster-damaged': 'Berkas "{file}" rusak atau tidak lengkap (mungkin terpotong saat diunduh atau disalin). Buka di Excel dan simpan ulang, atau minta salinan baru, lalu impor lagi.',
  'roster-no-header': 'Baris judul kolom tidak ditemukan di 30 baris pertama berkas "{file}". Pastikan ada baris judul dengan kolom "Nama" (sebaiknya juga "NIP"), lalu impor lagi.',
  'roster-no-rows': 'Berkas "{file}" memiliki judul kolom tetapi tidak ada baris pegawai di bawahnya. Isi daftar pegawai, lalu impor lagi.',
  'roster-row-nip-precision-lost': 'NIP tersimpan sebagai angka ({value}) sehingga Excel hanya menyimpan 15 angka pertama dan angka terakhirnya hilang. Ubah format sel NIP menjadi Teks, ketik ulang NIP lengkap 18 angka, lalu impor lagi.',
  'roster-row-nik-precision-lost': 'NIK tersimpan sebagai angka ({value}) sehingga Excel hanya menyimpan 15 angka pertama dan angka terakhirnya hilang. Ubah format sel NIK menjadi Teks, ketik ulang NIK lengkap 16 angka, lalu impor lagi.',
  'roster-row-duplicate-nip': 'NIP {value} sudah tercantum di baris {firstRow} ({firstName}). Hapus salah satu baris atau perbaiki NIP-nya.',
  'roster-row-duplicate-nik': 'NIK {value} sudah tercantum di baris {firstRow} ({firstName}). Hapus salah satu baris atau perbaiki NIK-nya.',
  'roster-row-invalid-nik': 'NIK "{value}" tidak sah: {reason}. NIK terdiri dari 16 angka sesuai KTP; perbaiki atau kosongkan.',
  'roster-row-missing-name': 'Nama pegawai kosong. Isi kolom "{column}" pada baris ini, lalu impor lagi.',
  'roster-row-invalid-rank': 'Pangkat/golongan "{value}" tidak dikenali. Tulis seperti III/b atau Penata Muda Tk. I (III/b); untuk PPPK tulis golongan I sampai XVII.',
  'roster-row-employment-mismatch': 'NIP {value} berbentuk {shape}, tetapi status kepegawaian tertulis "{stated}". Perbaiki status kepegawaian atau NIP-nya.',
  'id-reason-not-digits': 'mengandung huruf atau tanda selain angka',
  'id-reason-length': 'terdiri dari {count} angka, seharusnya {expected}',
  'id-reason-birth-date': 'tanggal lahir di dalamnya ({value}) tidak ada di kalender',
  'id-reason-birth-year': 'tahun lahir di dalamnya ({value}) tidak masuk akal',
  'id-reason-old-nip': 'ini NIP lama 9 angka; tulis NIP baru 18 angka',
  'nip-reason-gender': 'angka ke-15 (jenis kelamin) harus 1 atau 2, tertulis {value}',
  'nip-reason-tmt': 'angka ke-9 sampai ke-14 ({value}) bukan TMT CPNS (tahun dan bulan) atau tahun pengangkatan PPPK yang masuk akal',
  'nik-reason-region': 'kode wilayah di awalnya ({value}) tidak ada',
} as const;

export type ErrorCode = keyof typeof errors;

/** Fills `{name}` placeholders; unknown ones stay visible rather than vanish. */
export function fillTemplate(template: string, values?: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => (values && key in values ? String(values[key]) : `{${key}}`));
}

export function errorMessage(code: ErrorCode, details?: Record<string, string | number>): string {
  return fillTemplate(errors[code], details);
}

/** Screen text. */
export const ui = {
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
  },
  profile: {
    title: 'Profil OPD',
    intro: 'Data ini dipakai untuk kop surat, daftar hadir, dan rekap yang dikirim ke Sekretariat Daerah.',
    emptyHint: 'Mulailah dengan mengisi nama OPD dan kabupaten/kota, lalu unggah lambang daerah.',
    sectionOpd: 'Identitas OPD',
    sectionHead: 'Kepala OPD',
    sectionSecretary: 'Sekretaris Satgas',
    sectionEmblem: 'Lambang daerah',
    preview: 'Pratinjau kop surat',
    previewNote: 'Begini kop surat akan tercetak.',
    opdName: 'Nama OPD',
    opdNameHint: 'Contoh: Dinas Pendidikan dan Kebudayaan',
    regency: 'Kabupaten/Kota',
    regencyHint: 'Contoh: Kabupaten Pamekasan',
    address: 'Alamat',
    postcode: 'Kode pos',
    phone: 'Telepon',
    email: 'Email',
    website: 'Situs web',
    headName: 'Nama Kepala OPD (dengan gelar)',
    headNip: 'NIP Kepala OPD',
    headRank: 'Pangkat/golongan',
    headRankHint: 'Contoh: Pembina Utama Muda (IV/c)',
    headPosition: 'Jabatan',
    secretaryName: 'Nama Sekretaris Satgas (dengan gelar)',
    secretaryNip: 'NIP Sekretaris Satgas',
    emblemChoose: 'Pilih gambar lambang…',
    emblemHint: 'PNG, JPG, atau SVG, paling besar 2 MB. Tampil di kiri atas kop surat.',
    emblemNone: 'Belum ada lambang',
    emblemSaved: 'Lambang disimpan.',
    emblemRemoved: 'Lambang dihapus.',
    saved: 'Profil OPD disimpan.',
    unsaved: 'Ada perubahan yang belum disimpan.',
    government: 'PEMERINTAH',
    letterPhone: 'Telepon',
    letterEmail: 'Email',
    letterWebsite: 'Laman',
    letterPostcode: 'Kode Pos',
    lastSaved: 'Terakhir disimpan {when}',
  },
  harness: {
    tokenMissing: 'Alamat ini tidak lengkap. Buka alamat yang dicetak oleh `npm start` (dengan token).',
    noElectron: 'Program Electron belum terpasang di komputer ini; aplikasi dibuka lewat peramban sebagai gantinya.',
    opened: 'Aplikasi dibuka lewat peramban: {url}',
    dataAt: 'Data disimpan di {dir}. Tekan Ctrl+C untuk berhenti.',
  },
} as const;
