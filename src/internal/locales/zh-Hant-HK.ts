/** Traditional Chinese UI strings with Hong Kong forms where they differ from Taiwan's. */
import type { Messages } from '../localize.js';
import { zhHant } from './zh-Hant.js';

const zhHantHK: Messages = {
  ...zhHant,
  postcode: '郵政編碼',
  errorNetwork: '網絡錯誤',
};

export default zhHantHK;
