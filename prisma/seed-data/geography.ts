// The demo network's regions and the cities their centers sit in (real provinces and cities,
// with their commonly used city tier 1–5).

export interface DemoCity {
  province: string;
  city: string;
  tier: number;
  districts: string[];
}

export interface DemoRegion {
  code: string;
  nameZh: string;
  nameEn: string;
  cities: DemoCity[];
}

export const DEMO_REGIONS: DemoRegion[] = [
  {
    code: "EAST",
    nameZh: "华东大区",
    nameEn: "East China",
    cities: [
      { province: "上海", city: "上海", tier: 1, districts: ["徐汇", "浦东", "静安", "闵行"] },
      { province: "江苏", city: "南京", tier: 2, districts: ["鼓楼", "江宁"] },
      { province: "江苏", city: "苏州", tier: 2, districts: ["姑苏", "工业园区"] },
      { province: "浙江", city: "杭州", tier: 2, districts: ["西湖", "滨江"] },
      { province: "浙江", city: "温州", tier: 3, districts: ["鹿城"] },
      { province: "安徽", city: "合肥", tier: 2, districts: ["蜀山", "包河"] },
      { province: "安徽", city: "芜湖", tier: 3, districts: ["镜湖"] },
    ],
  },
  {
    code: "NORTH",
    nameZh: "华北大区",
    nameEn: "North China",
    cities: [
      { province: "北京", city: "北京", tier: 1, districts: ["朝阳", "海淀", "西城", "丰台"] },
      { province: "天津", city: "天津", tier: 2, districts: ["和平", "南开"] },
      { province: "河北", city: "石家庄", tier: 2, districts: ["长安", "桥西"] },
      { province: "河北", city: "保定", tier: 3, districts: ["竞秀"] },
      { province: "山西", city: "太原", tier: 2, districts: ["小店"] },
      { province: "内蒙古", city: "呼和浩特", tier: 3, districts: ["新城"] },
      { province: "河北", city: "邢台", tier: 4, districts: ["信都"] },
    ],
  },
  {
    code: "SOUTH",
    nameZh: "华南大区",
    nameEn: "South China",
    cities: [
      { province: "广东", city: "广州", tier: 1, districts: ["天河", "越秀", "番禺"] },
      { province: "广东", city: "深圳", tier: 1, districts: ["南山", "福田", "宝安"] },
      { province: "广东", city: "东莞", tier: 2, districts: ["南城"] },
      { province: "广东", city: "佛山", tier: 2, districts: ["禅城"] },
      { province: "广西", city: "南宁", tier: 2, districts: ["青秀"] },
      { province: "海南", city: "海口", tier: 3, districts: ["龙华"] },
      { province: "广东", city: "湛江", tier: 3, districts: ["赤坎"] },
    ],
  },
  {
    code: "CENTRAL",
    nameZh: "华中大区",
    nameEn: "Central China",
    cities: [
      { province: "湖北", city: "武汉", tier: 2, districts: ["江汉", "武昌", "洪山"] },
      { province: "湖南", city: "长沙", tier: 2, districts: ["岳麓", "芙蓉"] },
      { province: "河南", city: "郑州", tier: 2, districts: ["金水", "二七"] },
      { province: "江西", city: "南昌", tier: 2, districts: ["东湖"] },
      { province: "湖北", city: "宜昌", tier: 3, districts: ["西陵"] },
      { province: "河南", city: "洛阳", tier: 3, districts: ["涧西"] },
      { province: "湖南", city: "常德", tier: 4, districts: ["武陵"] },
    ],
  },
  {
    code: "SOUTHWEST",
    nameZh: "西南大区",
    nameEn: "Southwest China",
    cities: [
      { province: "四川", city: "成都", tier: 2, districts: ["锦江", "武侯", "高新"] },
      { province: "重庆", city: "重庆", tier: 2, districts: ["渝中", "江北", "沙坪坝"] },
      { province: "云南", city: "昆明", tier: 2, districts: ["五华"] },
      { province: "贵州", city: "贵阳", tier: 2, districts: ["云岩"] },
      { province: "四川", city: "绵阳", tier: 3, districts: ["涪城"] },
      { province: "云南", city: "大理", tier: 4, districts: ["大理"] },
      { province: "西藏", city: "拉萨", tier: 4, districts: ["城关"] },
    ],
  },
  {
    code: "NORTHWEST",
    nameZh: "西北大区",
    nameEn: "Northwest China",
    cities: [
      { province: "陕西", city: "西安", tier: 2, districts: ["雁塔", "碑林", "未央"] },
      { province: "甘肃", city: "兰州", tier: 3, districts: ["城关"] },
      { province: "新疆", city: "乌鲁木齐", tier: 3, districts: ["天山", "沙依巴克"] },
      { province: "宁夏", city: "银川", tier: 3, districts: ["金凤"] },
      { province: "青海", city: "西宁", tier: 3, districts: ["城西"] },
      { province: "陕西", city: "宝鸡", tier: 4, districts: ["渭滨"] },
      { province: "新疆", city: "喀什", tier: 5, districts: ["喀什"] },
    ],
  },
  {
    code: "NORTHEAST",
    nameZh: "东北大区",
    nameEn: "Northeast China",
    cities: [
      { province: "辽宁", city: "沈阳", tier: 2, districts: ["和平", "沈河"] },
      { province: "辽宁", city: "大连", tier: 2, districts: ["中山", "甘井子"] },
      { province: "吉林", city: "长春", tier: 2, districts: ["朝阳", "南关"] },
      { province: "黑龙江", city: "哈尔滨", tier: 2, districts: ["南岗", "道里"] },
      { province: "吉林", city: "吉林", tier: 3, districts: ["船营"] },
      { province: "黑龙江", city: "齐齐哈尔", tier: 4, districts: ["龙沙"] },
      { province: "辽宁", city: "丹东", tier: 4, districts: ["振兴"] },
    ],
  },
  {
    code: "COASTAL",
    nameZh: "东南大区",
    nameEn: "Southeast China",
    cities: [
      { province: "福建", city: "福州", tier: 2, districts: ["鼓楼", "台江"] },
      { province: "福建", city: "厦门", tier: 2, districts: ["思明", "湖里"] },
      { province: "福建", city: "泉州", tier: 2, districts: ["丰泽"] },
      { province: "浙江", city: "宁波", tier: 2, districts: ["海曙", "鄞州"] },
      { province: "浙江", city: "台州", tier: 3, districts: ["椒江"] },
      { province: "福建", city: "漳州", tier: 3, districts: ["芗城"] },
      { province: "福建", city: "龙岩", tier: 4, districts: ["新罗"] },
    ],
  },
];

/** Partner companies that operate authorized centers (fictitious). */
export const DEMO_PARTNERS = [
  "星联通讯服务有限公司",
  "恒达数码科技有限公司",
  "信诚电子维修有限公司",
  "华瑞通信设备有限公司",
  "鼎盛移动服务有限公司",
  "优修科技有限公司",
  "安捷电子服务有限公司",
  "锐达通讯有限公司",
  "嘉禾数码有限公司",
  "众联手机服务有限公司",
  "联发维修服务有限公司",
  "蓝海电子有限公司",
];
