// Why a NIP, NI PPPK or NIK is not valid: the `{reason}` in the person form's and the import's messages.

export const staffIdentityErrors = {
  'id-reason-not-digits': 'mengandung huruf atau tanda selain angka',
  'id-reason-length': 'terdiri dari {count} angka, seharusnya {expected}',
  'id-reason-birth-date': 'tanggal lahir di dalamnya ({value}) tidak ada di kalender',
  'id-reason-birth-year': 'tahun lahir di dalamnya ({value}) tidak masuk akal',
  'id-reason-old-nip': 'ini NIP lama 9 angka; tulis NIP baru 18 angka',
  'nip-reason-gender': 'angka ke-15 (jenis kelamin) harus 1 atau 2, tertulis {value}',
  'nip-reason-tmt': 'angka ke-9 sampai ke-14 ({value}) bukan TMT CPNS (tahun dan bulan) atau tahun pengangkatan PPPK yang masuk akal',
  'nik-reason-region': 'kode wilayah di awalnya ({value}) tidak ada',
} as const;
