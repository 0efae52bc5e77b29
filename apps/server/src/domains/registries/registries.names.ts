/** Word lists the generator draws from, kept as space-separated text so they stay compact. */
const words = (text: string) => text.trim().split(/\s+/);

/**
 * Surnames with rough per-mille weights, tilted towards Shandong: 王, 张, 李, 刘 lead, and 孙, 于,
 * 姜, 孔, 崔 are more common than nationally.
 */
export const SURNAMES: [string, number][] = words(`
  王:92 张:84 李:80 刘:62 陈:26 杨:27 赵:24 孙:25 徐:18 马:17 高:17 黄:9 周:12 吴:9 胡:9 朱:12
  林:7 何:6 郭:12 罗:4 梁:9 宋:13 郑:8 谢:4 韩:11 唐:5 冯:7 于:14 董:9 程:6 曹:9 袁:5 邓:3 许:7
  沈:3 曾:2 彭:4 吕:8 苏:5 卢:5 蒋:4 蔡:4 贾:7 丁:7 魏:8 薛:5 叶:3 阎:4 潘:4 杜:6 戴:3 夏:4 田:8
  任:6 姜:12 范:5 方:4 石:6 姚:4 邹:3 金:3 陆:2 郝:5 孔:7 白:4 崔:9 康:3 毛:3 秦:4 江:2 史:4 侯:5
  邵:3 孟:7 段:3 尹:4 常:4 武:5 乔:3 牛:4 葛:4 房:3 鲁:3 颜:2 曲:3 隋:2 欧阳:1 司马:1
`).map((entry) => {
  const [surname, weight] = entry.split(':');
  return [surname!, Number(weight)];
});

export const MALE_NAME_CHARACTERS = [
  ...'伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林洋阳亮成峰建国东文博志海振家子一晨轩泽睿航宏彬坤凡昊然天庆德忠兴',
];
export const FEMALE_NAME_CHARACTERS = [
  ...'芳娜敏静丽艳娟霞秀英玲桂兰燕萍红梅琳雪婷倩颖慧欣佳怡悦萱涵诗雨梦晓璐蕾莉琪月瑶洁丹露薇菲彤妍淑凤',
];

/** Mobile number prefixes in use, all 1[3-9]x. */
export const MOBILE_PREFIXES = words(`
  130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 173 175 176 177
  178 180 181 182 183 184 185 186 187 188 189 191 198 199
`);

export const STREETS = words(`
  经十路 经七路 纬二路 泉城路 解放路 和平路 文化东路 山大路 工业南路 花园路 历山路 人民路 建设路 胜利路 新华路
  东风路 中山路 黄河路 长江路 泰山路 青年路 光明路 幸福街 振兴街 创业路 科技路 民生街 府前街 朝阳路 育才路
`);

/** Two halves of a trade name (字号): 鑫 + 达 = 鑫达. */
export const BRAND_FIRST = [...'鑫恒华瑞金宏博诚鲁泰荣盛佳永信德兴裕丰顺安润康嘉通汇广利众和天'];
export const BRAND_SECOND = [...'达信泰丰源图远诚盛通祥隆发茂业昌鼎合宇辉晟腾泽邦越航创新美'];

export const INDUSTRIES = words(`
  商贸 建材 网络科技 信息技术 电子商务 餐饮管理 物流 机械设备 食品 农业科技 建筑工程 装饰工程 广告传媒 文化传播
  医疗器械 环保科技 新能源 化工 纺织 物业管理
`);

export const SHOPS = words('便利店 超市 水果店 家常菜馆 面馆 理发店 五金店 烟酒店 服装店 汽车维修部');
export const SOLE_SUFFIXES = words('商行 经营部 工作室 中心');
export const ASSOCIATIONS = words('个体劳动者 餐饮行业 物流行业 建筑业 软件行业 旅游 家政服务 电子商务 养老服务');
export const SOCIAL_SERVICES = words('养老服务中心 社会工作服务中心 职业培训学校 幼儿园 康复中心');
