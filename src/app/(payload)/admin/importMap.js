import { ReviewNotice as ReviewNotice_b33b34c6280922872227dac207d91c8c } from '@/workflow/admin/document/ReviewNotice'
import { WorkflowPanel as WorkflowPanel_837a73ec3bf94f10cb8c4d0357d73466 } from '@/workflow/admin/panel/WorkflowPanel'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SlugField as SlugField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { StageCell as StageCell_d84cc3a2494b0314e45ddb6595943970 } from '@/workflow/admin/StageBadge'
import { HiddenInEditView as HiddenInEditView_8421c2e73fd522aa952c9e6dfce72d36 } from '@/workflow/admin/document/HiddenInEditView'
import { NotCompared as NotCompared_91ad5cf45484e1fbfcd6b9dd4521a565 } from '@/workflow/admin/document/NotCompared'
import { AddToReleaseListAction as AddToReleaseListAction_f9d70c95a07349f7619c455fb1455979 } from '@/workflow/releases/admin/AddToReleaseListAction'
import { WorkflowSaveDraftButton as WorkflowSaveDraftButton_aed5939f0619008b9a605f73aba0f19e } from '@/workflow/admin/document/WorkflowSaveDraftButton'
import { WorkflowStatus as WorkflowStatus_5ffe513471311f8e4f33f4fac7839e29 } from '@/workflow/admin/document/WorkflowStatus'
import { RecipientsJoinField as RecipientsJoinField_ecd23d6560178119d94f392701d90bb9 } from '@/rosters/admin/RecipientsJoinField'
import { RosterImport as RosterImport_ddd809b2b4eef199ef52571270e04b64 } from '@/rosters/admin/RosterImport'
import { HistoryCollectionCell as HistoryCollectionCell_2289e4f7628697a2c9ee331c5e3401ae } from '@/workflow/admin/history/HistoryCells'
import { HistoryDocumentCell as HistoryDocumentCell_2289e4f7628697a2c9ee331c5e3401ae } from '@/workflow/admin/history/HistoryCells'
import { ReadOnlyJson as ReadOnlyJson_d477eea375273f36eca3a59fdd3d6095 } from '@/admin/ReadOnlyJson'
import { ReleaseItemsField as ReleaseItemsField_61706510f8bcd3d4bb328a5f86ccd6f1 } from '@/workflow/releases/admin/ReleaseItemsField'
import { IssuedKeyField as IssuedKeyField_6fcb746a6f7f4f4b0814c5b6549e695a } from '@/delivery/apiClients/admin/IssuedKeyField'
import { NoPublishButton as NoPublishButton_bef3edba5b2cf762f21c187bbd077c59 } from '@/workflow/admin/document/NoPublishButton'
import { Icon as Icon_586723811577fcd570b153bacaa81664 } from '@/admin/graphics/Icon'
import { Logo as Logo_fb41377240e79a3f427000f9c4717644 } from '@/admin/graphics/Logo'
import { NotificationBell as NotificationBell_ae2dab520b342105e08f6fa9ac4b4100 } from '@/notifications/admin/NotificationBell'
import { ReviewQueueNavLink as ReviewQueueNavLink_2fd19f4f85234ed4bbd5fa4f036390da } from '@/workflow/admin/queue/ReviewQueueNavLink'
import { CalendarNavLink as CalendarNavLink_375a506ba6be12903aec4a3d3f8d4281 } from '@/calendar/admin/CalendarNavLink'
import { ReviewDashboardWidget as ReviewDashboardWidget_a1dd629d3371a8e2198297b5de9cafef } from '@/workflow/admin/queue/ReviewDashboardWidget'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { AdminDateConventions as AdminDateConventions_88b9b88dee90916ffdbf71c6dc42d528 } from '@/admin/AdminDateConventions'
import { NavOpenOnWideScreens as NavOpenOnWideScreens_382592d50b5dd18ca30708630d96f84d } from '@/admin/NavOpenOnWideScreens'
import { ReviewQueueView as ReviewQueueView_8ab67227335f2e2f3c33b99d2d14878b } from '@/workflow/admin/queue/ReviewQueueView'
import { CalendarView as CalendarView_42f9e1b16bdc4c7d3690b3a8ca456134 } from '@/calendar/admin/CalendarView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/workflow/admin/document/ReviewNotice#ReviewNotice": ReviewNotice_b33b34c6280922872227dac207d91c8c,
  "@/workflow/admin/panel/WorkflowPanel#WorkflowPanel": WorkflowPanel_837a73ec3bf94f10cb8c4d0357d73466,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/next/client#SlugField": SlugField_2b8867833a34864a02ddf429b0728a40,
  "@/workflow/admin/StageBadge#StageCell": StageCell_d84cc3a2494b0314e45ddb6595943970,
  "@/workflow/admin/document/HiddenInEditView#HiddenInEditView": HiddenInEditView_8421c2e73fd522aa952c9e6dfce72d36,
  "@/workflow/admin/document/NotCompared#NotCompared": NotCompared_91ad5cf45484e1fbfcd6b9dd4521a565,
  "@/workflow/releases/admin/AddToReleaseListAction#AddToReleaseListAction": AddToReleaseListAction_f9d70c95a07349f7619c455fb1455979,
  "@/workflow/admin/document/WorkflowSaveDraftButton#WorkflowSaveDraftButton": WorkflowSaveDraftButton_aed5939f0619008b9a605f73aba0f19e,
  "@/workflow/admin/document/WorkflowStatus#WorkflowStatus": WorkflowStatus_5ffe513471311f8e4f33f4fac7839e29,
  "@/rosters/admin/RecipientsJoinField#RecipientsJoinField": RecipientsJoinField_ecd23d6560178119d94f392701d90bb9,
  "@/rosters/admin/RosterImport#RosterImport": RosterImport_ddd809b2b4eef199ef52571270e04b64,
  "@/workflow/admin/history/HistoryCells#HistoryCollectionCell": HistoryCollectionCell_2289e4f7628697a2c9ee331c5e3401ae,
  "@/workflow/admin/history/HistoryCells#HistoryDocumentCell": HistoryDocumentCell_2289e4f7628697a2c9ee331c5e3401ae,
  "@/admin/ReadOnlyJson#ReadOnlyJson": ReadOnlyJson_d477eea375273f36eca3a59fdd3d6095,
  "@/workflow/releases/admin/ReleaseItemsField#ReleaseItemsField": ReleaseItemsField_61706510f8bcd3d4bb328a5f86ccd6f1,
  "@/delivery/apiClients/admin/IssuedKeyField#IssuedKeyField": IssuedKeyField_6fcb746a6f7f4f4b0814c5b6549e695a,
  "@/workflow/admin/document/NoPublishButton#NoPublishButton": NoPublishButton_bef3edba5b2cf762f21c187bbd077c59,
  "@/admin/graphics/Icon#Icon": Icon_586723811577fcd570b153bacaa81664,
  "@/admin/graphics/Logo#Logo": Logo_fb41377240e79a3f427000f9c4717644,
  "@/notifications/admin/NotificationBell#NotificationBell": NotificationBell_ae2dab520b342105e08f6fa9ac4b4100,
  "@/workflow/admin/queue/ReviewQueueNavLink#ReviewQueueNavLink": ReviewQueueNavLink_2fd19f4f85234ed4bbd5fa4f036390da,
  "@/calendar/admin/CalendarNavLink#CalendarNavLink": CalendarNavLink_375a506ba6be12903aec4a3d3f8d4281,
  "@/workflow/admin/queue/ReviewDashboardWidget#ReviewDashboardWidget": ReviewDashboardWidget_a1dd629d3371a8e2198297b5de9cafef,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@/admin/AdminDateConventions#AdminDateConventions": AdminDateConventions_88b9b88dee90916ffdbf71c6dc42d528,
  "@/admin/NavOpenOnWideScreens#NavOpenOnWideScreens": NavOpenOnWideScreens_382592d50b5dd18ca30708630d96f84d,
  "@/workflow/admin/queue/ReviewQueueView#ReviewQueueView": ReviewQueueView_8ab67227335f2e2f3c33b99d2d14878b,
  "@/calendar/admin/CalendarView#CalendarView": CalendarView_42f9e1b16bdc4c7d3690b3a8ca456134,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
