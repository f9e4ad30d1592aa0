// CJK Radicals Supplement (U+2E80–U+2EF3) to the unified ideograph each stands for, where that ideograph is a
// character that stands alone in text. Data, not code.
//
// Provenance: the mappings of the Unicode Character Database file EquivalentUnifiedIdeograph.txt (UCD 15.1),
// restricted to this block. The file could not be fetched while this was written: the entries were written from
// the published mapping, each checked against the radical's Unicode name (C-SIMPLIFIED GATE → 门, …). The ones a
// PDF printed with Noto CJK produces are tested in radicals.test.ts.
//
// Left out on purpose: component forms whose equivalent never stands alone in prose (⺅ 亻, ⺉ 刂, ⺡ 氵, ⺖ 忄,
// ⺘ 扌, ⺨ 犭, ⺰ 纟, ⻈ 讠, ⻐ 钅, ⻠ 饣, ⻌ 辶, ⻏/⻖ 阝, ⺾ 艹, …) and radicals whose equivalent is uncertain or
// ambiguous in print (⺼ MEAT looks like 月 but is equivalent to 肉). They stay as they are.
// Kangxi Radicals (U+2F00–U+2FD5) need no table: Unicode gives them compatibility decompositions (NFKC).

export const RADICAL_EQUIVALENTS: Readonly<Record<string, string>> = {
  '\u2E81': '\u5382', // ⺁ CLIFF → 厂
  '\u2E8A': '\u535C', // ⺊ DIVINATION → 卜
  '\u2E92': '\u5DF3', // ⺒ SNAKE → 巳
  '\u2E93': '\u5E7A', // ⺓ THREAD → 幺
  '\u2E9C': '\u65E5', // ⺜ SUN → 日
  '\u2E9D': '\u6708', // ⺝ MOON → 月
  '\u2E9F': '\u6BCD', // ⺟ MOTHER → 母
  '\u2EA0': '\u6C11', // ⺠ CIVILIAN → 民
  '\u2EA9': '\u738B', // ⺩ JADE → 王
  '\u2EAC': '\u793A', // ⺬ SPIRIT ONE → 示
  '\u2EC1': '\u864E', // ⻁ TIGER → 虎
  '\u2EC4': '\u897F', // ⻄ WEST TWO → 西
  '\u2EC5': '\u89C1', // ⻅ C-SIMPLIFIED SEE → 见
  '\u2EC6': '\u89D2', // ⻆ SIMPLIFIED HORN → 角
  '\u2EC9': '\u8D1D', // ⻉ C-SIMPLIFIED SHELL → 贝
  '\u2ECB': '\u8F66', // ⻋ C-SIMPLIFIED CART → 车
  '\u2ED1': '\u9577', // ⻑ LONG ONE → 長
  '\u2ED3': '\u957F', // ⻓ C-SIMPLIFIED LONG → 长
  '\u2ED4': '\u95E8', // ⻔ C-SIMPLIFIED GATE → 门
  '\u2ED8': '\u9752', // ⻘ BLUE → 青
  '\u2ED9': '\u97E6', // ⻙ C-SIMPLIFIED TANNED LEATHER → 韦
  '\u2EDA': '\u9875', // ⻚ C-SIMPLIFIED LEAF → 页
  '\u2EDB': '\u98CE', // ⻛ C-SIMPLIFIED WIND → 风
  '\u2EDC': '\u98DE', // ⻜ C-SIMPLIFIED FLY → 飞
  '\u2EDD': '\u98DF', // ⻝ EAT ONE → 食
  '\u2EDF': '\u98E0', // ⻟ EAT THREE → 飠
  '\u2EE2': '\u9A6C', // ⻢ C-SIMPLIFIED HORSE → 马
  '\u2EE3': '\u9AA8', // ⻣ BONE → 骨
  '\u2EE4': '\u9B3C', // ⻤ GHOST → 鬼
  '\u2EE5': '\u9C7C', // ⻥ C-SIMPLIFIED FISH → 鱼
  '\u2EE6': '\u9E1F', // ⻦ C-SIMPLIFIED BIRD → 鸟
  '\u2EE7': '\u5364', // ⻧ C-SIMPLIFIED SALT → 卤
  '\u2EE8': '\u9EA6', // ⻨ SIMPLIFIED WHEAT → 麦
  '\u2EE9': '\u9EC4', // ⻩ SIMPLIFIED YELLOW → 黄
  '\u2EEA': '\u9EFE', // ⻪ C-SIMPLIFIED FROG → 黾
  '\u2EEB': '\u6589', // ⻫ J-SIMPLIFIED EVEN → 斉
  '\u2EEC': '\u9F50', // ⻬ C-SIMPLIFIED EVEN → 齐
  '\u2EED': '\u6B6F', // ⻭ J-SIMPLIFIED TOOTH → 歯
  '\u2EEE': '\u9F7F', // ⻮ C-SIMPLIFIED TOOTH → 齿
  '\u2EEF': '\u7ADC', // ⻯ J-SIMPLIFIED DRAGON → 竜
  '\u2EF0': '\u9F99', // ⻰ C-SIMPLIFIED DRAGON → 龙
  '\u2EF1': '\u9F9C', // ⻱ TURTLE → 龜
  '\u2EF2': '\u4E80', // ⻲ J-SIMPLIFIED TURTLE → 亀
  '\u2EF3': '\u9F9F', // ⻳ C-SIMPLIFIED TURTLE → 龟
};
