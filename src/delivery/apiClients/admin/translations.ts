/** The API-client edit view's words (namespace `apiClientsAdmin`), merged into src/i18n/translations. */
export const apiClientsAdminText = {
  zh: {
    afterSave: '保存后，新密钥会在此处显示一次。',
    title: '新的 API 密钥',
    warning:
      '请立即复制并妥善保存：此密钥只显示这一次，离开或刷新本页后将无法再查看。遗失后只能新建客户端并吊销本客户端。',
    copy: '复制密钥',
    copied: '已复制',
    copyFailed: '无法自动复制，请手动选中密钥复制。',
    usage: '下游站点请求时发送请求头：Authorization: Bearer <密钥>',
  },
  en: {
    afterSave: 'Once saved, the new key is shown here, once.',
    title: 'New API key',
    warning:
      'Copy it now and keep it safe: this key is shown this once and cannot be seen again after you leave or reload this page. A lost key is replaced by creating a new client and revoking this one.',
    copy: 'Copy key',
    copied: 'Copied',
    copyFailed: 'Could not copy automatically: select the key and copy it by hand.',
    usage: 'The downstream site sends the header: Authorization: Bearer <key>',
  },
}
