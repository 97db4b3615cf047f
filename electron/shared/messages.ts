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
  'invalid-nip': 'NIP "{value}" tidak sah: {reason}. NIP terdiri dari 18 angka (boleh ditulis dengan spasi).',
  'invalid-email': 'Alamat email "{value}" tidak sah. Contoh yang benar: dinas@kab.go.id.',
  'emblem-too-large': 'Gambar lambang terlalu besar ({size}). Pilih gambar di bawah 2 MB.',
  'emblem-not-image': 'Berkas lambang harus berupa gambar PNG, JPG, atau SVG.',
  'required': 'Kolom "{field}" wajib diisi.',
} as const;

export type ErrorCode = keyof typeof errors;

export function errorMessage(code: ErrorCode, details?: Record<string, string | number>): string {
  const template: string = errors[code];
  return template.replace(/\{(\w+)\}/g, (_, key: string) => (details && key in details ? String(details[key]) : `{${key}}`));
}
