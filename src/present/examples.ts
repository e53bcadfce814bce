/**
 * Example questions every surface offers (the bot's /start and greeting, the terminal banner): three in
 * Vietnamese and one in English, each answered by the seed articles.
 */
export const EXAMPLE_QUESTIONS: readonly string[] = [
  'Ai là cụm trưởng năm 2024?',
  'Cụm Nam Sông Hậu gồm những tỉnh nào?',
  'Bao nhiêu nhà Đại đoàn kết được xây mới, sửa chữa?',
  'Who was the cluster leader in 2024?',
];
