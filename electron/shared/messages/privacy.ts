// Privacy: the passphrase that encrypts the data at rest, the recovery code, the lock screen.

export const privacyErrors = {
  'passphrase-too-short': 'Kata sandi terlalu pendek: paling sedikit {min} karakter. Pakai kalimat pendek yang mudah diingat, misalnya "Satgas Netral 2024!".',
  'passphrase-wrong': 'Kata sandi salah. Periksa tombol Caps Lock, lalu coba lagi. Bila lupa, buka dengan kode pemulihan dari lembar pemulihan yang disimpan kepala OPD.',
  'recovery-code-wrong': 'Kode pemulihan tidak cocok. Ketik 32 huruf dan angka dari lembar pemulihan (tanda hubung boleh diketik atau tidak), lalu coba lagi.',
  'key-file-damaged': 'Berkas kunci (kunci.json) di folder data rusak atau bukan buatan aplikasi ini, sehingga data terenkripsi tidak dapat dibuka. Data tidak diubah. Pulihkan berkas kunci dari cadangan, atau hubungi pengelola aplikasi.',
  'db-locked': 'Basis data ini dilindungi kata sandi (terenkripsi). Masukkan kata sandinya untuk membukanya; berkas tidak diubah.',
  'db-other-key': 'Basis data ini terenkripsi dengan kunci yang tidak dikenal di sini (berkas kunci.json di sampingnya hilang atau dari pemasangan lain). Berkas tidak diubah. Kembalikan kunci.json dari cadangan, atau buka di PC asalnya.',
  'encrypted-other-key': 'Berkas "{file}" dienkripsi dengan kunci lain (dari PC atau pemasangan lain). Buka di PC asalnya, atau pulihkan dari cadangan yang dibuat di sini.',
  'encrypted-damaged': 'Berkas "{file}" terenkripsi tetapi isinya rusak atau telah diubah, sehingga tidak dapat dibuka. Berkas tidak diubah. Pakai cadangan yang baik.',
} as const;

export const privacyUi = {} as const;
