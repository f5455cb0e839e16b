/**
 * Federation vocabulary where OpenCC's greedy longest match goes wrong, reviewed entry by entry. The
 * generator (scripts/build-dictionaries.mjs) adds these to OpenCC's phrases before pruning, so they are
 * matched by the same longest match, pruned by the same proof and seen by the corpus comparison
 * (test/node/dictionary.test.mjs). Nothing here is loaded by a page: the phrases reach it inside the
 * generated dictionary.
 *
 * An entry is added only when (1) OpenCC's output of the sentence that motivated it is wrong, (2) the
 * key is long enough that it cannot start inside an ordinary word where OpenCC is right (`联系统` alone
 * would also catch 联系统战部, "contact the United Front department"), and (3) the controls in
 * test/fixtures/script/federation-sentences.json still come out as OpenCC has them.
 */
export interface DomainPhrase {
  /** Simplified key. */
  phrase: string;
  /** Traditional value, the same length: used for t, tw and hk alike. */
  traditional: string;
  /** The sentence that showed OpenCC's error (written for this file, not quoted). */
  sentence: string;
  /** What OpenCC makes of the key, and why that is wrong. */
  why: string;
}

export const DOMAIN_PHRASES: readonly DomainPhrase[] = [
  {
    phrase: '侨联系统',
    traditional: '僑聯系統',
    sentence: '认真落实侨联系统“六项职能”，全县侨联系统干部参加培训。',
    why: 'OpenCC takes 联系 "contact": 僑聯繫統. It is 侨联 + 系统 "the federation system".',
  },
  {
    phrase: '侨联系列',
    traditional: '僑聯系列',
    sentence: '市侨联系列主题活动在松溪启动。',
    why: 'OpenCC: 僑聯繫列. 侨联 + 系列 "a series".',
  },
  {
    phrase: '妇联系统',
    traditional: '婦聯系統',
    sentence: '县妇联系统与侨联系统联合举办巾帼侨心讲堂。',
    why: 'OpenCC: 婦聯繫統, as for 侨联系统.',
  },
  {
    phrase: '文联系统',
    traditional: '文聯系統',
    sentence: '全省文联系统和侨联系统共同开展送文化下乡活动。',
    why: 'OpenCC: 文聯繫統.',
  },
  {
    phrase: '残联系统',
    traditional: '殘聯系統',
    sentence: '残联系统的助残志愿者走访归侨侨眷家庭。',
    why: 'OpenCC: 殘聯繫統.',
  },
  {
    phrase: '商联系统',
    traditional: '商聯系統',
    sentence: '工商联系统组织侨资企业参加投资洽谈会。',
    why: 'OpenCC: 工商聯繫統 (the key starts at 商 so that 工商联系统 and 省工商联系统 both match).',
  },
  {
    phrase: '总结发言',
    traditional: '總結發言',
    sentence: '秘书长沈佳慧作总结发言。',
    why: 'OpenCC takes 结发 "to tie the hair": 總結髮言. It is 总结 + 发言 "a closing speech".',
  },
];
