/**
 * Documents the Front and the Party issue and cite: their kinds, and the codes that name them
 * ("Chỉ thị 15-CT/TU", "Kế hoạch số 27/KH-MTTQ-BTT", "Quyết định 33/2015/QĐ-TTg").
 */

/** Kinds of documents, folded, as written before a number or a topic. */
export const DOCUMENT_KINDS_FOLDED: readonly string[] = [
  'quyet dinh',
  'chi thi',
  'nghi quyet',
  'ke hoach',
  'huong dan',
  'ket luan',
  'cong van',
  'thong tu',
  'nghi dinh',
  'thong bao',
  'quy che',
  'de an',
];

/**
 * A document's code as written: a number, a slash or hyphen, and letters ("15-CT/TU",
 * "27/KH-MTTQ-BTT", "33/2015/QĐ-TTg"). A date ("12/7/2021") has no letters and is no code.
 */
export const DOCUMENT_CODE = /(?<![\p{L}\d])\d+[/-][\p{L}\d/.-]*\p{L}[\p{L}\d/.-]*/gu;
