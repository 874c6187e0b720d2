// IKM (PermenPANRB 14/2017) against values computed by hand: per element the mean of the answers
// given, the mean of the nine × 25, 2 decimals half up, and the mutu bands at their edges.
import { describe, expect, it } from "vitest";
import { computeIkm, IKM_ELEMENTS, type IkmAnswer, ikmAnswerOf, ikmElementOf, type IkmResponse, mutuOf } from "../../../apps-script/core/domain/ikm";

const all = (answer: IkmAnswer): IkmResponse => Object.fromEntries(IKM_ELEMENTS.map((e) => [e, answer]));

/**
 * `count` respondents answering every element, whose answers add up to `total`: every element
 * then has `count` answers, so IKM = 25 × total / (9 × count), which the cases below work out.
 */
function respondentsTotalling(count: number, total: number): IkmResponse[] {
  let surplus = 4 * 9 * count - total;
  return Array.from({ length: count }, () => {
    const answers: Record<string, IkmAnswer> = {};
    for (const element of IKM_ELEMENTS) {
      const down = Math.min(3, surplus);
      surplus -= down;
      answers[element] = (4 - down) as IkmAnswer;
    }
    return answers;
  });
}

const ikm = (responses: readonly IkmResponse[]) => {
  const outcome = computeIkm(responses);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
};

describe("IKM", () => {
  it.each([
    // [respondents, total of all answers, IKM by hand, mutu]
    [1, 36, 100, "A"], // all 4
    [1, 9, 25, "D"], // all 1
    [100, 3179, 88.31, "A"], // 25 × 3179 / 900 = 88.3055… → 88.31
    [100, 3178, 88.28, "B"], // 88.2777… → 88.28
    [5000, 158949, 88.31, "A"], // 3 973 725 / 45 000 = 88.305 exactly → half up 88.31
    [5000, 158948, 88.3, "B"], // 88.30444… → 88.30
    [5000, 137889, 76.61, "B"], // 76.605 exactly → 76.61
    [5000, 137888, 76.6, "C"], // 76.60444… → 76.60
    [5000, 116991, 65, "C"], // 64.995 exactly → 65.00
    [5000, 116990, 64.99, "D"], // 64.99444… → 64.99
  ] as const)("%i respondents totalling %i give %d (%s)", (count, total, value, mutu) => {
    const result = ikm(respondentsTotalling(count, total));
    expect(result.value).toBe(value);
    expect(result.mutu).toBe(mutu);
    expect(result.respondents).toBe(count);
  });

  it("takes each element's mean over the answers given, not counting a blank as an answer", () => {
    const result = ikm([
      all(4),
      { ...all(3), "Biaya/Tarif": null },
      { ...all(2), "Biaya/Tarif": null, "Sarana dan Prasarana": undefined },
    ]);
    // Seven elements (4+3+2)/3 = 3, Biaya/Tarif 4/1 = 4, Sarana (4+3)/2 = 3.5: 28.5 / 9 × 25 = 79.1666… → 79.17.
    expect(result.value).toBe(79.17);
    expect(result.mutu).toBe("B");
    expect(result.words).toBe("Baik");
    expect(result.elements.find((e) => e.element === "Biaya/Tarif")).toEqual({ element: "Biaya/Tarif", answered: 1, mean: 4 });
    expect(result.elements.find((e) => e.element === "Sarana dan Prasarana")).toEqual({ element: "Sarana dan Prasarana", answered: 2, mean: 3.5 });
  });

  it("is refused, naming the element, when an element has no answer or nobody answered", () => {
    expect(computeIkm([])).toEqual({ ok: false, message: "IKM belum dapat dihitung: belum ada responden." });
    const outcome = computeIkm([{ ...all(3), "Biaya/Tarif": null }]);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toContain("unsur Biaya/Tarif belum dijawab");
  });

  it("bands hundredths exactly at the regulation's edges", () => {
    expect([10000, 8831, 8830, 7661, 7660, 6500, 6499, 2500].map(mutuOf)).toEqual(["A", "A", "B", "B", "C", "C", "D", "D"]);
  });
});

describe("reading survey answers", () => {
  it("finds the element a header names, whatever its spacing, case or position", () => {
    expect(ikmElementOf("Biaya / tarif")).toBe("Biaya/Tarif");
    expect(ikmElementOf("SARANA DAN PRASARANA")).toBe("Sarana dan Prasarana");
    expect(ikmElementOf("Penanganan pengaduan, saran dan masukan")).toBe("Penanganan Pengaduan, Saran dan Masukan");
    expect(ikmElementOf("Nama Responden")).toBeNull();
  });

  it("reads 1–4 from a number, a digit or a form's labelled choice, a blank as not answered, and names anything else", () => {
    expect(ikmAnswerOf("Persyaratan", 3)).toEqual({ answer: 3 });
    expect(ikmAnswerOf("Persyaratan", "4 - Sangat sesuai")).toEqual({ answer: 4 });
    expect(ikmAnswerOf("Persyaratan", "  ")).toEqual({ answer: null });
    for (const bad of [5, 0, 2.5, "baik", "=1+3"]) {
      expect(ikmAnswerOf("Waktu Penyelesaian", bad)).toEqual({ problem: "Jawaban unsur Waktu Penyelesaian harus 1, 2, 3 atau 4 (atau kosong bila tidak dijawab)." });
    }
  });
});
