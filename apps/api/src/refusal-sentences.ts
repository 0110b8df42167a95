/** The languages a refusal's sentence is written in. */
export type RefusalLanguage = 'zh' | 'en'

type Sentences = { readonly zh: string; readonly en: string }

/** One sentence per refusal type; `{field}` is filled from the refusal's own fields. */
const sentences: Readonly<Record<string, Sentences>> = {
  OrderAlreadyExists: { zh: '订单{orderId}已存在。', en: 'Order {orderId} already exists.' },
  OrderNotFound: { zh: '找不到订单{orderId}。', en: 'There is no order {orderId}.' },
  OrderSiteUnavailable: {
    zh: '站点{siteId}不存在或已关闭，无法在此点单。',
    en: 'Site {siteId} does not exist or is closed, so no order can be placed there.',
  },
  IssuingSiteNotCentreOrInstitute: {
    zh: '只有实践中心或实践所可以下发定单，{siteId}是{level}。',
    en: 'Only a centre or an institute issues directive orders; {siteId} is a {level}.',
  },
  OrderNotPlaced: {
    zh: '订单{orderId}当前状态为{status}，只有待受理的订单可以受理或不予受理。',
    en: 'Order {orderId} is {status}; only a placed order can be accepted or rejected.',
  },
  OrderNotAccepted: {
    zh: '订单{orderId}当前状态为{status}，只有已受理的订单可以派单。',
    en: 'Order {orderId} is {status}; only an accepted order can be dispatched.',
  },
  OrderNotDispatched: {
    zh: '订单{orderId}当前状态为{status}，只有已派单的订单可以接单或退单。',
    en: 'Order {orderId} is {status}; only a dispatched order can be taken or declined.',
  },
  OrderNotTaken: {
    zh: '订单{orderId}当前状态为{status}，只有已接单的订单可以结项。',
    en: 'Order {orderId} is {status}; only a taken order can be completed.',
  },
  OrderNotCompleted: {
    zh: '订单{orderId}当前状态为{status}，结项之后才能评单。',
    en: 'Order {orderId} is {status}; it can be evaluated once completed.',
  },
  OrderAlreadyEvaluated: {
    zh: '订单{orderId}已经评价过了。',
    en: 'Order {orderId} was already evaluated.',
  },
  OrderClosed: {
    zh: '订单{orderId}{status}，不能再办理。',
    en: 'Order {orderId} is {status} and takes no more actions.',
  },
  OrderHeldByAnotherTeam: {
    zh: '订单{orderId}不在队伍{teamId}手中，只有承接的队伍可以办理。',
    en: 'Order {orderId} is not held by team {teamId}; only the team holding it may act on it.',
  },
  NotOrderOwner: {
    zh: '只有点单人（或代点单人）可以办理订单{orderId}的这一步。',
    en: 'Only the requester (or their proxy) may do this for order {orderId}.',
  },
  TeamOutOfReach: {
    zh: '队伍{teamId}既不在订单所在站点，也不在其片区共享池中，又不是区级队伍，不能派给它。',
    en: 'Team {teamId} is not local to the order’s site, not pooled in its cluster and not district-level.',
  },
  NoHolderAtLevel: {
    zh: '订单{orderId}所在站点之上没有{level}一级，不能由该级受理或上报。',
    en: 'Order {orderId} has no {level} above its site to hold it.',
  },
  OrderHeldByCentre: {
    zh: '订单{orderId}已由实践中心承办，无法再向上报送。',
    en: 'Order {orderId} is held by the centre; there is no level above it.',
  },
  TeamBeyondHolderReach: {
    zh: '订单{orderId}由{holder}一级承办，队伍{teamId}（{reach}）超出其派单范围，请上报上一级。',
    en: 'Order {orderId} is held at {holder} level; team {teamId} ({reach}) is beyond its reach: escalate it.',
  },
  DispatchSlaNotElapsed: {
    zh: '订单{orderId}派单后{slaHours}小时内不能改派。',
    en: 'Order {orderId} can be re-dispatched only {slaHours} hours after its dispatch.',
  },
  RedispatchToSameTeam: {
    zh: '订单{orderId}已派给队伍{teamId}，改派需换一支队伍。',
    en: 'Order {orderId} is already dispatched to team {teamId}; re-dispatch to another team.',
  },
  InvalidCompletionReport: {
    zh: '结项报告的{field}不符合要求（至少一名志愿者，时长和受众不能为负）。',
    en: 'The completion report’s {field} is invalid (at least one volunteer, no negative hours or audience).',
  },
  InvalidRating: { zh: '评分须为1到5分，收到{rating}。', en: 'A rating is 1 to 5; got {rating}.' },
  TeamNotFound: { zh: '找不到队伍{teamId}。', en: 'There is no team {teamId}.' },
  TeamNotActive: { zh: '队伍{teamId}未在服务状态，不能派单。', en: 'Team {teamId} is not active.' },
  TeamAtCapacity: {
    zh: '队伍{teamId}已满负荷（最多同时承接{capacity}单）。',
    en: 'Team {teamId} is at capacity ({capacity} active orders at most).',
  },
  TeamDoesNotServeCategory: {
    zh: '队伍{teamId}不提供“{category}”服务。',
    en: 'Team {teamId} does not serve {category}.',
  },
  TeamHasActiveOrders: {
    zh: '队伍{teamId}还有进行中的订单，不能解散。',
    en: 'Team {teamId} still holds active orders and cannot dissolve.',
  },
  TeamIsDissolved: { zh: '队伍{teamId}已解散。', en: 'Team {teamId} is dissolved.' },
  SiteNotFound: { zh: '找不到站点{siteId}。', en: 'There is no site {siteId}.' },
  SiteIsClosed: { zh: '站点{siteId}已关闭。', en: 'Site {siteId} is closed.' },
  SiteInCluster: {
    zh: '站点{siteId}已属于片区{clusterId}，一个站点只能加入一个片区。',
    en: 'Site {siteId} already belongs to cluster {clusterId}; a site joins one cluster at a time.',
  },
  ClusterNotFound: { zh: '找不到片区{clusterId}。', en: 'There is no cluster {clusterId}.' },
  ClusterIsDissolved: { zh: '片区{clusterId}已解散。', en: 'Cluster {clusterId} is dissolved.' },
  ClusterTooSmall: {
    zh: '片区至少要有牵头站点和另外两个成员站点。',
    en: 'A cluster needs its lead site and at least two other member sites.',
  },
  SiteCannotBeWeak: {
    zh: '只有村、社区实践站和服务点可以标记为薄弱，{siteId}不行。',
    en: 'Only a station or a service point is marked weak; {siteId} is a {level}.',
  },
  SiteInAnotherDistrict: {
    zh: '站点{siteId}属于另一个区（{districtId}），不能加入片区{clusterId}。',
    en: 'Site {siteId} belongs to another district ({districtId}) and cannot join cluster {clusterId}.',
  },
  TeamInAnotherDistrict: {
    zh: '队伍{teamId}属于另一个区，订单{orderId}不能派给它。',
    en: 'Team {teamId} belongs to another district; order {orderId} cannot go to it.',
  },
  ActivityClusterUnavailable: {
    zh: '片区{clusterId}不存在或已解散，活动{activityId}不能以它的名义联办。',
    en: 'Cluster {clusterId} does not exist or is dissolved; activity {activityId} cannot be held with it.',
  },
  ActivityHostNotInCluster: {
    zh: '站点{siteId}不是片区{clusterId}的成员，不能承办它的联办活动。',
    en: 'Site {siteId} is not a member of cluster {clusterId} and cannot host its joint activity.',
  },
  ActivityVenueNotInCluster: {
    zh: '阵地{venueId}不是片区{clusterId}共享的阵地。',
    en: 'Venue {venueId} is not shared by cluster {clusterId}.',
  },
  ActivityVenueNeedsCluster: {
    zh: '共享阵地{venueId}属于片区，活动须注明片区。',
    en: 'Shared venue {venueId} belongs to a cluster: name the cluster too.',
  },
  CatalogueEntryUnknown: {
    zh: '服务菜单中没有“{code}”。相近的服务：{closest}。',
    en: 'The service catalogue has no “{code}”. The closest: {closest}.',
  },
  CatalogueEntryNotActive: {
    zh: '服务“{code}”已下架，不能再点。相近的服务：{closest}。',
    en: 'Service “{code}” is retired and can no longer be ordered. The closest: {closest}.',
  },
  CatalogueEntryStaffOnly: {
    zh: '服务“{code}”只能由工作人员下单，居民不能直接点。',
    en: 'Service “{code}” is ordered by staff only, not by residents.',
  },
  RequestAnswersInvalid: {
    zh: '点单信息“{attribute}”不符合要求（{problem}）。',
    en: 'The answer to “{attribute}” does not fit ({problem}).',
  },
  CatalogueDistrictUnavailable: {
    zh: '{districtId}不是一个开放的区实践中心，没有它的服务菜单。',
    en: '{districtId} is not an open district centre and has no catalogue.',
  },
  CatalogueEntryAlreadyPublished: {
    zh: '服务菜单中已有“{code}”。',
    en: 'The catalogue already has “{code}”.',
  },
  ActivityNotPlanned: {
    zh: '活动{activityId}未计划或已结束。',
    en: 'Activity {activityId} is not planned (or is over).',
  },
  ActivityAlreadyHeld: {
    zh: '活动{activityId}已经举办。',
    en: 'Activity {activityId} was already held.',
  },
}

/** Order statuses as a Chinese sentence names them. */
const chineseStatus: Readonly<Record<string, string>> = {
  placed: '待受理',
  accepted: '已受理',
  rejected: '不予受理',
  dispatched: '已派单',
  taken: '已接单',
  completed: '已结项',
  evaluated: '已评价',
  cancelled: '已撤销',
}

/** Answer problems as a Chinese sentence names them. */
const chineseProblem: Readonly<Record<string, string>> = {
  missing: '必填未填',
  wrong_type: '类型不对',
  not_a_value: '不在可选项中',
  unknown_attribute: '该服务没有这一项',
}

const fill = (template: string, refusal: Record<string, unknown>, language: RefusalLanguage) =>
  template.replace(/\{(\w+)\}/g, (whole, field: string) => {
    const value = refusal[field]
    if (typeof value === 'number') return String(value)
    if (Array.isArray(value)) {
      const none = language === 'zh' ? '无' : 'none'
      return value.length === 0 ? none : value.join(language === 'zh' ? '、' : ', ')
    }
    if (language === 'zh' && field === 'problem' && typeof value === 'string') {
      return chineseProblem[value] ?? value
    }
    if (typeof value !== 'string') return whole
    return language === 'zh' && field === 'status' ? (chineseStatus[value] ?? value) : value
  })

/** English when `Accept-Language` prefers it (its first tag is `en...`), else Chinese. */
export const refusalLanguage = (acceptLanguage: string | string[] | undefined): RefusalLanguage => {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '')
  const first = header.split(',')[0]?.trim().toLowerCase() ?? ''
  return first.startsWith('en') ? 'en' : 'zh'
}

/**
 * A refusal as one sentence in `language`: "订单o-1当前状态为已接单，只有已受理的订单可以派单。"; a
 * refusal without a sentence of its own names its type.
 */
export const refusalSentence = (
  refusal: { readonly type: string },
  language: RefusalLanguage,
): string => {
  const entry = sentences[refusal.type]
  const fields = refusal as unknown as Record<string, unknown>
  if (entry !== undefined) return fill(entry[language], fields, language)
  return language === 'zh'
    ? `操作被拒绝（${refusal.type}）。`
    : `The command was refused (${refusal.type}).`
}
