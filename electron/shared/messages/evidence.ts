// Evidence: files and links kept as proof for a session or a finding.

export const evidenceErrors = {
  'evidence-type-unknown': 'Berkas "{file}" tidak dapat dipakai sebagai bukti: isinya bukan foto (JPG, PNG, GIF, WEBP, HEIC), PDF, atau video (MP4, MOV, 3GP, WEBM, AVI). Simpan ulang dalam salah satu jenis itu, lalu pilih lagi.',
  'evidence-file-empty': 'Berkas "{file}" kosong (0 byte), jadi tidak dapat dipakai sebagai bukti. Mungkin berkasnya belum selesai diunduh atau disalin: periksa berkasnya, lalu pilih lagi.',
  'evidence-link-invalid': 'Tautan bukti harus berupa alamat web lengkap yang diawali http:// atau https://, misalnya https://www.facebook.com/…',
  'evidence-not-found': 'Bukti ini tidak ada lagi (mungkin baru saja dihapus). Muat ulang layar.',
  'evidence-file-missing': 'Berkas bukti "{file}" tidak ditemukan di folder bukti. Pulihkan dari cadangan, atau lampirkan berkasnya lagi.',
} as const;

export const evidenceUi = {} as const;
