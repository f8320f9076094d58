-- A minimal init.lua for trying Copydesk: `nvim -u editors/neovim/init.lua draft.md` from the repository,
-- after `swift build -c release` (or with `copydesk` on your PATH).
local here = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h')
vim.opt.runtimepath:prepend(here)
local built = vim.fn.fnamemodify(here .. '/../../.build/release/copydesk', ':p')
if vim.fn.executable('copydesk') == 0 and vim.fn.executable(built) == 1 then
  vim.lsp.config('copydesk', { cmd = { built, 'serve' } })
end
vim.lsp.enable('copydesk')
vim.diagnostic.config({ virtual_text = true })
