// The navigation as a secretary sees it, in order: one list for every e2e test that checks it (a new screen adds
// its name here once).
export const NAVIGATION = ['Beranda', 'Pegawai', 'Sosialisasi', 'Ikrar', 'Temuan', 'Rekap', 'Profil OPD', 'Jadwal Pemilihan', 'Katalog Pelanggaran', 'Privasi', 'Cadangan'];
