// Defaults shared by the local commands.
export const DEFAULT_WORKBOOK = "data-lokal/sertifikasi.xlsx";
export const DEFAULT_LOCAL_ACTOR = "admin@contoh.go.id";
