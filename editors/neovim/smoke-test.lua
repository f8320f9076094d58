-- Smoke test: real headless Neovim against the built server.
--
--   nvim --clean --headless -l editors/neovim/smoke-test.lua PATH/TO/copydesk
--
-- Opens a draft with an unattributed quote in a scratch workspace whose .copydesk.json is broken, and checks
-- that the client attached with the configuration in lsp/copydesk.lua, agreed a position encoding, received the
-- diagnostic on the config file, got the draft's diagnostics for the buffer's current version (pulled or pushed,
-- whichever the client and server agreed) with the unattributed-quote finding on the quote's line, and after an
-- edit that credits the quote, diagnostics for the new version without it; that positions round-trip through the
-- negotiated encoding after an emoji, and that the server shuts down with status 0. Exits 0 when all hold.
local binary = assert(arg[1], 'usage: smoke-test.lua PATH/TO/copydesk')
local messages = {}
vim.lsp.handlers['window/showMessage'] = function(_, result)
  table.insert(messages, result.message)
end
local here = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h')
local failures = 0

local function check(ok, what)
  print((ok and 'ok   ' or 'FAIL ') .. what)
  if not ok then failures = failures + 1 end
end

local function finish()
  print(failures == 0 and 'neovim smoke test passed' or ('neovim smoke test: ' .. failures .. ' failure(s)'))
  os.exit(failures == 0 and 0 or 1)
end

-- A scratch workspace: a draft with an emoji and a quote nobody is credited with, and a configuration file that
-- is not JSON.
local root = vim.fn.tempname()
vim.fn.mkdir(root, 'p')
vim.fn.writefile({ '{ "rules": oops }' }, root .. '/.copydesk.json')
local draft = root .. '/draft.md'
vim.fn.writefile({
  '# Budget vote', '', 'On Sept. 3, 2025, 😀 café sales rose 4 percent. Mayor Ana Ruiz defended the budget.', '',
  '“We cut what we could.”',
}, draft)

-- Record every diagnostic exchange with the version the client had when it asked (pull) or was told (push).
local exchanges = {}
local pull_handler = vim.lsp.handlers['textDocument/diagnostic']
vim.lsp.handlers['textDocument/diagnostic'] = function(err, result, ctx, config)
  table.insert(exchanges, { kind = 'pull', err = err, result = result, version = ctx.version, bufnr = ctx.bufnr })
  return pull_handler(err, result, ctx, config)
end
local push_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  table.insert(exchanges, { kind = 'push', result = result, version = result and result.version, uri = result and result.uri })
  return push_handler(err, result, ctx, config)
end

local exit_code
vim.opt.runtimepath:prepend(here)
vim.lsp.config('copydesk', {
  cmd = { binary, 'serve' },
  on_exit = function(code) exit_code = code end,
})
vim.lsp.enable('copydesk')
vim.cmd.edit(vim.fn.fnameescape(draft))
local bufnr = vim.api.nvim_get_current_buf()

local client
check(vim.wait(20000, function()
  client = vim.lsp.get_clients({ bufnr = bufnr, name = 'copydesk' })[1]
  return client ~= nil and client.initialized
end, 20), 'the copydesk client attached to the draft')
if not client then finish() end
check(vim.tbl_contains({ 'utf-8', 'utf-16', 'utf-32' }, client.offset_encoding), 'a position encoding was agreed: ' .. client.offset_encoding)
local pulls = client.server_capabilities.diagnosticProvider ~= nil
print('     diagnostics are ' .. (pulls and 'pulled' or 'pushed'))

-- The broken configuration is reported on the configuration file itself.
local config_bufnr = vim.uri_to_bufnr(vim.uri_from_fname(root .. '/.copydesk.json'))
check(vim.wait(20000, function() return #vim.diagnostic.get(config_bufnr) > 0 end, 20), 'the broken .copydesk.json got a diagnostic')
local config_diagnostic = vim.diagnostic.get(config_bufnr)[1]
check(config_diagnostic ~= nil and config_diagnostic.message:find('not valid JSON', 1, true) ~= nil and config_diagnostic.lnum == 0,
  'on its first line, saying it is not valid JSON')

vim.wait(20000, function() return #messages > 0 end, 20)
check(#messages == 1 and messages[1]:find('.copydesk.json: not valid JSON', 1, true) ~= nil,
  'the user was shown one message, about the config file (got: ' .. table.concat(messages, ' | ') .. ')')

-- The draft's diagnostics arrive for the version the buffer has.
local function answered_for_current_version()
  local version = vim.lsp.util.buf_versions[bufnr]
  for _, exchange in ipairs(exchanges) do
    if exchange.kind == 'pull' and exchange.bufnr == bufnr and exchange.version == version and exchange.err == nil
      and exchange.result and (exchange.result.kind == 'full' or exchange.result.kind == 'unchanged') then
      return true
    end
    if exchange.kind == 'push' and exchange.uri == vim.uri_from_bufnr(bufnr) and exchange.version == version then
      return true
    end
  end
  return false
end
check(vim.wait(20000, answered_for_current_version, 20), 'the draft got diagnostics for version ' .. tostring(vim.lsp.util.buf_versions[bufnr]))

local function findings(rule)
  return vim.tbl_filter(function(d) return d.code == rule and d.source == 'copydesk' end, vim.diagnostic.get(bufnr))
end
check(vim.wait(20000, function() return #findings('unattributed-quote') == 1 end, 20), 'the unattributed quote is flagged')
local quote = findings('unattributed-quote')[1]
check(quote ~= nil and quote.lnum == 4 and quote.col == 0 and quote.message:find('We cut what we could', 1, true) ~= nil,
  'on the quote\'s line, quoting its first words (' .. (quote and quote.message or 'none') .. ')')
check(#vim.diagnostic.get(bufnr) == 1, 'and nothing else in this clean copy is flagged')

-- Credit the quote; the diagnostics must follow the new version, and the finding go away.
vim.api.nvim_buf_set_lines(bufnr, 4, 5, false, { '“We cut what we could,” Ruiz said.' })
local edited_version = vim.lsp.util.buf_versions[bufnr]
check(vim.wait(20000, answered_for_current_version, 20), 'after an edit, diagnostics for version ' .. tostring(edited_version))
check(vim.wait(20000, function() return #findings('unattributed-quote') == 0 end, 20), 'and the credited quote is no longer flagged')
local stale = false
for _, exchange in ipairs(exchanges) do
  if exchange.kind == 'push' and exchange.uri == vim.uri_from_bufnr(bufnr) and exchange.version and exchange.version > edited_version then
    stale = true
  end
end
check(not stale, 'no diagnostics for a version the buffer never had')

-- Positions round-trip through the agreed encoding: ask for the word after the emoji and read it back.
local line = vim.api.nvim_buf_get_lines(bufnr, 2, 3, false)[1]
local cafe = line:find('café', 1, true) - 1
local params = {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  positions = { { line = 2, character = vim.str_utfindex(line, client.offset_encoding, cafe + 1) } },
}
local response = client:request_sync('textDocument/selectionRange', params, 10000, bufnr)
local range = response and response.result and response.result[1] and response.result[1].range
local word
if range then
  local first = vim.str_byteindex(line, client.offset_encoding, range.start.character, false)
  local last = vim.str_byteindex(line, client.offset_encoding, range['end'].character, false)
  word = line:sub(first + 1, last)
end
check(word == 'café', 'the word after the emoji comes back as "café" (got ' .. tostring(word) .. ')')

local hover = client:request_sync('textDocument/hover', vim.lsp.util.make_position_params(0, client.offset_encoding), 10000, bufnr)
check(hover ~= nil and hover.err == nil, 'hover answers without an error')

client:stop()
check(vim.wait(20000, function() return exit_code ~= nil end, 20), 'the server stopped when asked')
check(exit_code == 0, 'and exited with status 0 after shutdown (got ' .. tostring(exit_code) .. ')')
vim.fn.delete(root, 'rf')
finish()
