// The Survei IKM register's layout (PermenPANRB 14/2017): one row per respondent, answers stored
// under the element's name (never by position, so a form whose questions are reordered still
// lands right). Apart from the engine that fills it so set-up, the dashboard and the register
// resolver can name it without loading the form code.
import { IKM_ELEMENTS } from "../domain/ikm";
import { engineColumn, type RegisterDef } from "../registers/schema";

const engine = engineColumn;

export const SURVEI_IKM: RegisterDef = {
  name: "Survei IKM",
  purpose: "Jawaban survei kepuasan masyarakat (IKM): satu baris per responden, satu kolom per unsur (1 = tidak baik … 4 = sangat baik). Mesin mengisi dari formulir survei.",
  key: ["ID Jawaban"],
  columns: [
    engine("ID Jawaban", "text", { width: 200, note: "ID jawaban formulir: jawaban yang sama tidak pernah dicatat dua kali." }),
    engine("ID Kasus", "text", { width: 150 }),
    engine("Kode Layanan", "text", { width: 180 }),
    engine("Tanggal Isi", "date", { width: 110 }),
    ...IKM_ELEMENTS.map((element) => engine(element, "integer", { width: 120 })),
    engine("Saran", "text", { width: 300 }),
  ],
};
