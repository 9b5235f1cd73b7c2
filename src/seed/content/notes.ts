import { ARTICLE_AS_OF, ARTICLE_CITATION } from './article'

/** Closes every description drawn from the article, so readers can tell where it comes from. */
export const SOURCE_NOTE = `资料来源：${ARTICLE_CITATION.zh}。`

/** The year the article's figures are taken as of (see ARTICLE_AS_OF). */
export const ARTICLE_YEAR = Number(ARTICLE_AS_OF.slice(0, 4))

/**
 * 1 January of a year, at noon in Beijing (so the date reads the same from Europe to the
 * Pacific): the placeholder for an event whose exact date the article does not give.
 */
export const approximateDate = (year: number) => `${year}-01-01T04:00:00.000Z`

/** For an event the article names without any date: placed in the article's year, and says so. */
export const UNDATED_NOTE = `日期说明：原文未注明举办时间，开始时间为占位值（${ARTICLE_YEAR}年1月1日），请核实后修改。`

/** For an event the article dates by year only. */
export const yearOnlyNote = (year: number) =>
  `日期说明：原文只写明${year}年举办，具体日期不详，开始时间取${year}年1月1日作为近似值。`

/** For a level the seed had to choose because `level` is required and the article names none. */
export const levelNote = (level: string) =>
  `级别说明：原文未写明该场馆的级别，暂按“${level}”录入，请核实后修改。`

/** For records that stand in for real ones the article only counts. */
export const EXAMPLE_NOTE = '示例数据：仅供演示，并非真实记录，请替换为真实信息或删除。'
