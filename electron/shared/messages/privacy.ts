// Privacy: the passphrase that encrypts the data at rest, the recovery code, the lock screen.

export const privacyErrors = {
  'passphrase-too-short': 'Kata sandi terlalu pendek: paling sedikit {min} karakter. Pakai kalimat pendek yang mudah diingat, misalnya "Satgas Netral 2024!".',
  'passphrase-wrong': 'Kata sandi salah. Periksa tombol Caps Lock, lalu coba lagi. Bila lupa, buka dengan kode pemulihan dari lembar pemulihan yang disimpan kepala OPD.',
  'recovery-code-wrong': 'Kode pemulihan tidak cocok. Ketik 32 huruf dan angka dari lembar pemulihan (tanda hubung boleh diketik atau tidak), lalu coba lagi.',
  'key-file-damaged': 'Berkas kunci (kunci.json) di folder data rusak atau bukan buatan aplikasi ini, sehingga data terenkripsi tidak dapat dibuka. Data tidak diubah. Pulihkan berkas kunci dari cadangan, atau hubungi pengelola aplikasi.',
  'db-locked': 'Basis data ini dilindungi kata sandi (terenkripsi). Masukkan kata sandinya untuk membukanya; berkas tidak diubah.',
  'db-other-key': 'Basis data ini terenkripsi dengan kunci yang tidak dikenal di sini (berkas kunci.json di sampingnya hilang atau dari pemasangan lain). Berkas tidak diubah. Kembalikan kunci.json dari cadangan, atau buka di PC asalnya.',
  'passphrase-not-set': 'Data ini belum dilindungi kata sandi. Atur kata sandi di Pengaturan > Privasi bila perlu.',
  'passphrase-already-set': 'Data ini sudah dilindungi kata sandi. Untuk menggantinya, pakai "Ganti kata sandi".',
  'passphrase-mismatch': 'Kedua kata sandi yang diketik tidak sama. Ketik ulang keduanya dengan teliti.',
  'copy-not-deletable': 'Salinan "{file}" tidak boleh dihapus dari sini: basis data yang dipakai, salinan sebelumnya, dan cadangan terbaru selalu disimpan.',
} as const;

export const privacyUi = {} as const;
