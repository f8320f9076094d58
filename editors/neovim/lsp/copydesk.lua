-- Copydesk for Neovim 0.11+ (vim.lsp.config / vim.lsp.enable).
--
-- Put this folder on the runtimepath (or copy this file to ~/.config/nvim/lsp/copydesk.lua) and add
--   vim.lsp.enable('copydesk')
-- to your init.lua. Settings under `settings.copydesk` have the shape of .copydesk.json and override it;
-- a draft's front matter overrides both.
return {
  cmd = { 'copydesk', 'serve' },
  filetypes = { 'markdown', 'text' },
  root_markers = { '.copydesk.json', '.git' },
  settings = {
    copydesk = {
      -- rules = { ['vague-attribution'] = 'off' },
      -- publicationDate = '2025-09-03',
    },
  },
}
