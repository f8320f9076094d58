//! Copydesk for Zed: runs `copydesk serve` (found on PATH) for Markdown and plain text, and passes the
//! `lsp.copydesk.settings` from Zed's settings to the server as its `copydesk` configuration section.
use zed_extension_api::{self as zed, serde_json, settings::LspSettings};

struct CopydeskExtension;

impl zed::Extension for CopydeskExtension {
    fn new() -> Self {
        Self
    }

    fn language_server_command(
        &mut self,
        _language_server_id: &zed::LanguageServerId,
        worktree: &zed::Worktree,
    ) -> zed::Result<zed::Command> {
        let Some(path) = worktree.which("copydesk") else {
            return Err("copydesk is not on PATH; build it with `swift build -c release`".into());
        };
        Ok(zed::Command { command: path, args: vec!["serve".into()], env: Default::default() })
    }

    fn language_server_workspace_configuration(
        &mut self,
        _language_server_id: &zed::LanguageServerId,
        worktree: &zed::Worktree,
    ) -> zed::Result<Option<serde_json::Value>> {
        let settings = LspSettings::for_worktree("copydesk", worktree)
            .ok()
            .and_then(|lsp| lsp.settings)
            .unwrap_or_else(|| serde_json::json!({}));
        Ok(Some(serde_json::json!({ "copydesk": settings })))
    }
}

zed::register_extension!(CopydeskExtension);
