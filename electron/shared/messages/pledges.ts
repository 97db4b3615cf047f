// Pledges ("Ikrar"): the text and its versions, signatures, the deadline and target, coverage, the not-signed list.

export const pledgesErrors = {
  'pledge-no-election': 'Belum ada pemilihan aktif. Isi Jadwal Pemilihan di Pengaturan lebih dulu.',
  'pledge-text-empty': 'Teks ikrar harus berisi sedikitnya satu butir. Tulis satu butir per baris.',
  'pledge-date-invalid': 'Tanggal "{value}" tidak ada di kalender. Pilih tanggal yang benar.',
  'pledge-date-future': 'Tanggal tanda tangan ({value}) belum terjadi. Isi tanggal hari ini atau sebelumnya.',
  'pledge-signature-not-found': 'Tanda tangan ini tidak ditemukan (mungkin sudah dihapus). Muat ulang halaman Ikrar.',
  'pledge-kinds-empty': 'Pilih sedikitnya satu jenis kepegawaian sebagai sasaran, atau pilih "Seluruh pegawai aktif".',
} as const;

export const pledgesUi = {
  pledges: {
    title: 'Ikrar',
    outsideSession: 'ditandatangani di luar sesi',
    notSignedDoc: {
      title: 'DAFTAR PEGAWAI YANG BELUM MENANDATANGANI IKRAR NETRALITAS ASN',
      sheetName: 'Belum menandatangani',
      election: 'Pemilihan',
      asOf: 'Keadaan per tanggal',
      deadline: 'Batas waktu',
      noDeadline: 'belum ditetapkan',
      total: 'Jumlah',
      totalValue: '{notSigned} dari {target} pegawai belum menandatangani ({percent}% sudah)',
      unitLine: '{notSigned} dari {target} pegawai belum menandatangani ({percent}% sudah)',
      note: 'KETERANGAN',
      headNote: 'Kepala unit',
      everyoneSigned: 'Seluruh pegawai sasaran sudah menandatangani ikrar.',
      file: 'Belum Menandatangani Ikrar {date}',
    },
  },
} as const;
