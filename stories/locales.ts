/** The UI languages the Storybook toolbar offers and the story test runs in; elements follow `<html lang>`. */
export const LOCALES = [
  { value: 'zh-Hans', title: '简体' },
  { value: 'zh-Hant-TW', title: '繁體' },
  { value: 'en', title: 'English' },
] as const;
