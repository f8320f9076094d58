// Copydesk for VS Code: starts `copydesk serve` for Markdown and plain-text drafts.
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

// Settings that belong to this extension, not to the analysis; the server would report them as unknown.
const clientOnly = ['server', 'trace'];

function activate(context) {
  const command = vscode.workspace.getConfiguration('copydesk').get('server.path') || 'copydesk';
  const serverOptions = { command, args: ['serve'], transport: TransportKind.stdio };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'copydesk' },
    middleware: {
      workspace: {
        // Answer workspace/configuration with the analysis settings only.
        configuration: async (params, token, next) => {
          const values = await next(params, token);
          return values.map((value) => {
            if (!value || typeof value !== 'object') return value;
            const settings = { ...value };
            for (const key of clientOnly) delete settings[key];
            return settings;
          });
        },
      },
    },
  };
  client = new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
