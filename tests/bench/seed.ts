// The benchmark's data set, written through Payload's Local API (hooks, versions and the search
// index included), run as a child process of tests/bench/run.ts:
//
//   node --conditions=development --import tsx tests/bench/seed.ts <report.json>
//
// DATABASE_URI names a fresh SQLite file; the schema is pushed as in development (the same schema
// the committed migrations make: `npm run check:generated` keeps them equal). It moves into the
// scratch folder BENCH_SCRATCH before loading the config, so uploaded covers land there and not in
// the project's media/.
import { writeFileSync } from 'node:fs'

import type { Payload } from 'payload'
import { getPayload } from 'payload'
import sharp from 'sharp'

import { paragraphs } from '../../src/seed/lexical'
import { SEED_CONTEXT } from '../../src/seed/publish'

import { BENCH_DRAFT_MARK, BENCH_PASSWORD, benchSize, SEARCH_WORD } from './dataSet'

// Seeding acts as the system, like src/seed: access control has nobody to check, and the seed
// context keeps webhooks and workflow history out of it.
const system = { overrideAccess: true, context: SEED_CONTEXT, depth: 0, locale: 'zh' } as const
const published = { _status: 'published', workflowStage: 'published' } as const

const SENTENCES = [
  '青岛市科协组织开展科普进社区活动，邀请专家为居民讲解健康知识与应急常识。',
  '活动现场设置了机器人互动、虚拟现实体验和青少年科学实验展示区。',
  '科技工作者围绕人工智能、海洋科学和新能源等领域作专题报告。',
  '学术年会期间，多个分会场同时举行，吸引了来自高校和企业的数百名代表。',
  '志愿服务队深入农村学校，带去天文观测和科学小制作课程。',
  '科普教育基地全年免费开放，累计接待观众超过十万人次。',
  '与会专家认为，加强基础研究和成果转化是提升城市创新能力的关键。',
  '本次大赛共收到参赛作品三百余件，评审委员会评出一等奖十项。',
]

/** About 2 KB of UTF-8 (Chinese, three bytes a character) in five paragraphs. */
const body = (n: number) => {
  const texts = Array.from({ length: 5 }, (_, p) =>
    Array.from({ length: 4 }, (_, s) => SENTENCES[(n + p * 4 + s) % SENTENCES.length]).join(''),
  )
  if (n % 7 === 0) texts[2] += `${SEARCH_WORD}观测站向公众开放。`
  return paragraphs(...texts)
}

const coverImage = (n: number) =>
  sharp({
    create: {
      width: 1200,
      height: 800,
      channels: 3,
      background: { r: (n * 40) % 256, g: 120, b: 200 - n * 10 },
    },
  })
    .png()
    .toBuffer()

const inBatches = async (count: number, size: number, make: (n: number) => Promise<unknown>) => {
  for (let start = 0; start < count; start += size) {
    await Promise.all(
      Array.from({ length: Math.min(size, count - start) }, (_, i) => make(start + i)),
    )
  }
}

const seed = async (payload: Payload, size: ReturnType<typeof benchSize>) => {
  await payload.create({
    collection: 'users',
    data: { email: 'admin@bench.test', name: 'admin', password: BENCH_PASSWORD, roles: ['admin'] },
    overrideAccess: true,
  })
  // Two reviewers: articles need two approvals, each by a different reviewer.
  for (const name of ['reviewer', 'reviewer2']) {
    await payload.create({
      collection: 'users',
      data: { email: `${name}@bench.test`, name, password: BENCH_PASSWORD, roles: ['reviewer'] },
      overrideAccess: true,
    })
  }

  const covers: string[] = []
  for (let n = 0; n < 10; n++) {
    const data = await coverImage(n)
    const media = await payload.create({
      collection: 'media',
      data: { alt: `封面 ${n + 1}` },
      file: { data, mimetype: 'image/png', name: `bench-cover-${n + 1}.png`, size: data.length },
      ...system,
    })
    covers.push(String(media.id))
  }
  const categories: string[] = []
  for (const name of ['科协动态', '学术交流', '科学普及', '科技志愿', '表彰奖励']) {
    const category = await payload.create({ collection: 'categories', data: { name }, ...system })
    categories.push(String(category.id))
  }

  const day = 24 * 60 * 60 * 1000
  const start = Date.UTC(2026, 10, 1)
  await inBatches(size.articles, 4, (n) =>
    payload.create({
      collection: 'articles',
      data: {
        title: `科协新闻第${n + 1}期：科技创新与科学普及`,
        summary: `第${n + 1}期新闻摘要。`,
        content: body(n),
        coverImage: covers[n % covers.length],
        category: categories[n % categories.length],
        slug: `bench-article-${n + 1}`,
        // One a day, newest first by publishedAt (the default sort); distinct so pages are stable.
        publishedAt: new Date(start - n * day).toISOString(),
        ...published,
      },
      ...system,
    }),
  )
  // Drafts readers must never see: documents never published, and newer drafts of live ones.
  await inBatches(size.drafts, 4, (n) =>
    payload.create({
      collection: 'articles',
      data: {
        title: `${BENCH_DRAFT_MARK}新闻草稿${n + 1}`,
        content: body(n),
        slug: `bench-draft-${n + 1}`,
        publishedAt: new Date(start + (n + 1) * day).toISOString(),
        _status: 'draft',
      },
      ...system,
    }),
  )
  for (let n = 0; n < size.drafts; n++) {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: `bench-article-${n + 1}` } },
      limit: 1,
      ...system,
    })
    await payload.update({
      collection: 'articles',
      id: docs[0].id,
      draft: true,
      data: { title: `${BENCH_DRAFT_MARK}未发布的修改${n + 1}` },
      ...system,
    })
  }

  await inBatches(size.events, 4, (n) =>
    payload.create({
      collection: 'events',
      data: {
        title: `学术活动${n + 1}`,
        startDate: new Date(start - n * day).toISOString(),
        type: (['forum', 'annual-meeting', 'competition', 'campaign', 'training'] as const)[n % 5],
        ...published,
      },
      ...system,
    }),
  )
  await inBatches(size.bases, 4, (n) =>
    payload.create({
      collection: 'science-education-bases',
      data: {
        name: `科普教育基地${n + 1}`,
        level: (['national', 'provincial', 'municipal', 'community', 'campus'] as const)[n % 5],
        ...published,
      },
      ...system,
    }),
  )
  const awards: string[] = []
  for (const name of ['青岛市科学技术奖', '优秀科技工作者', '科普先进个人', '青年科技奖']) {
    const award = await payload.create({
      collection: 'awards',
      data: { name, ...published },
      ...system,
    })
    awards.push(String(award.id))
  }
  await inBatches(size.recipients, 4, (n) =>
    payload.create({
      collection: 'award-recipients',
      data: {
        name: `获奖者${n + 1}`,
        award: awards[n % awards.length],
        year: 2020 + (n % 6),
        ...published,
      },
      ...system,
    }),
  )
}

const main = async () => {
  const reportFile = process.argv[2]
  const size = benchSize(process.env.BENCH_QUICK === 'true')
  const started = Date.now()
  if (process.env.BENCH_SCRATCH) process.chdir(process.env.BENCH_SCRATCH)
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  await seed(payload, size)
  await payload.destroy()
  const report = { ...size, seedSeconds: Math.round((Date.now() - started) / 100) / 10 }
  writeFileSync(reportFile, JSON.stringify(report))
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
