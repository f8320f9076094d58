import CopydeskAnalysis
import CopydeskProtocol
import CopydeskText
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Hover, inlay hints, the outline, go to definition, find references, rename and selection ranges: each asks the
/// core's navigation API (`DraftAnalysis+Navigation.swift`) and converts the answer, so features light up here as
/// soon as the core answers.
extension LanguageServer {
    /// Answers a request about an open document from its analysis, on the document's queue, at the version the
    /// request was read at.
    func answer<Response: ResponseType>(
        _ uri: DocumentURI, _ ticket: RequestTicket,
        _ body: @escaping @Sendable (DocumentSnapshot, DraftAnalysis) throws(ResponseError) -> Response
    ) {
        guard let (snapshot, worker) = openDocument(uri, ticket) else { return }
        work.enqueue(on: worker.queue, for: ticket) { [self] in
            let analysis = analyze(snapshot, worker).analysis
            ticket.answer { () throws(ResponseError) in try body(snapshot, analysis) }
        }
    }

    func hover(_ request: HoverRequest, _ ticket: RequestTicket) {
        let markdown = session?.capabilities.supportsMarkdownHover ?? false
        answer(request.textDocument.uri, ticket) { snapshot, analysis throws(ResponseError) -> Hover? in
            guard let info = analysis.hover(at: snapshot.offset(of: request.position)) else { return nil }
            return Hover(contents: MarkupContent(kind: markdown ? .markdown : .plaintext, value: info.markdown), range: snapshot.range(of: info.range))
        }
    }

    func inlayHints(_ request: InlayHintRequest, _ ticket: RequestTicket) {
        let markdown = session?.capabilities.supportsMarkdownHover ?? false
        answer(request.textDocument.uri, ticket) { snapshot, analysis in
            analysis.inlayHints(in: snapshot.byteRange(of: request.range)).map { hint in
                InlayHint(
                    position: snapshot.position(of: hint.offset), label: hint.label,
                    tooltip: hint.tooltip.map { MarkupContent(kind: markdown ? .markdown : .plaintext, value: $0) },
                    paddingLeft: true
                )
            }
        }
    }

    func documentSymbols(_ request: DocumentSymbolRequest, _ ticket: RequestTicket) {
        let hierarchical = session?.capabilities.supportsHierarchicalSymbols ?? false
        answer(request.textDocument.uri, ticket) { snapshot, analysis in
            let symbols = analysis.symbols()
            if hierarchical { return DocumentSymbolResponse.hierarchy(symbols.map { snapshot.documentSymbol($0) }) }
            return .flat(symbols.flatMap { snapshot.symbolInformation($0, container: nil) })
        }
    }

    func definition(_ request: DefinitionRequest, _ ticket: RequestTicket) {
        answer(request.textDocument.uri, ticket) { snapshot, analysis in
            analysis.definition(at: snapshot.offset(of: request.position)).map { Location(uri: snapshot.uri, range: snapshot.range(of: $0)) }
        }
    }

    func references(_ request: ReferencesRequest, _ ticket: RequestTicket) {
        answer(request.textDocument.uri, ticket) { snapshot, analysis in
            let offset = snapshot.offset(of: request.position)
            var ranges = analysis.references(at: offset)
            if !request.context.includeDeclaration, let declaration = analysis.definition(at: offset) {
                ranges.removeAll { $0 == declaration }
            }
            return ranges.map { Location(uri: snapshot.uri, range: snapshot.range(of: $0)) }
        }
    }

    func prepareRename(_ request: PrepareRenameRequest, _ ticket: RequestTicket) {
        answer(request.textDocument.uri, ticket) { snapshot, analysis in
            analysis.renameRange(at: snapshot.offset(of: request.position)).map { range in
                PrepareRenameResponse(range: snapshot.range(of: range), placeholder: snapshot.text(range))
            }
        }
    }

    func rename(_ request: RenameRequest, _ ticket: RequestTicket) {
        let versioned = session?.capabilities.supportsDocumentChanges ?? false
        answer(request.textDocument.uri, ticket) { snapshot, analysis throws(ResponseError) -> WorkspaceEdit? in
            let newName = Self.trimmingWhitespace(request.newName)
            guard !newName.isEmpty else { throw ResponseError.invalidParams("a name cannot be empty") }
            guard let edits = analysis.renameEdits(at: snapshot.offset(of: request.position), to: newName), !edits.isEmpty else {
                return nil
            }
            return snapshot.workspaceEdit(edits.map(snapshot.lspEdit), versioned: versioned)
        }
    }

    func selectionRanges(_ request: SelectionRangeRequest, _ ticket: RequestTicket) {
        answer(request.textDocument.uri, ticket) { snapshot, analysis in
            request.positions.map { position in
                let nested = SelectionRanges.around(snapshot.offset(of: position), in: analysis)
                return nested.reversed().reduce(nil as SelectionRange?) { parent, range in
                    SelectionRange(range: snapshot.range(of: range), parent: parent)
                } ?? SelectionRange(range: snapshot.range(of: snapshot.offset(of: position)..<snapshot.offset(of: position)), parent: nil)
            }
        }
    }

    /// `text` without leading and trailing whitespace.
    static func trimmingWhitespace(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace }) else {
            return ""
        }
        return String(text[first...last])
    }
}

/// Outline entries and edits in LSP terms.
extension DocumentSnapshot {
    func documentSymbol(_ symbol: SymbolInfo) -> DocumentSymbol {
        DocumentSymbol(
            name: symbol.name, detail: symbol.detail, kind: SymbolKind(symbol.kind), range: range(of: symbol.range),
            selectionRange: range(of: symbol.selectionRange.clamped(to: symbol.range)),
            children: symbol.children.isEmpty ? nil : symbol.children.map(documentSymbol)
        )
    }

    func symbolInformation(_ symbol: SymbolInfo, container: String?) -> [SymbolInformation] {
        let entry = SymbolInformation(name: symbol.name, kind: SymbolKind(symbol.kind), location: Location(uri: uri, range: range(of: symbol.range)), containerName: container)
        return [entry] + symbol.children.flatMap { symbolInformation($0, container: symbol.name) }
    }

    func lspEdit(_ edit: TextEdit) -> LSPTextEdit {
        LSPTextEdit(range: range(of: edit.range), newText: edit.replacement)
    }

    /// Edits to this document as a workspace edit: versioned (so a client whose buffer moved on refuses it) when
    /// the client supports that, plain otherwise.
    func workspaceEdit(_ edits: [LSPTextEdit], versioned: Bool) -> WorkspaceEdit {
        if versioned {
            return WorkspaceEdit(documentChanges: [TextDocumentEdit(textDocument: OptionalVersionedTextDocumentIdentifier(uri: uri, version: version), edits: edits)])
        }
        return WorkspaceEdit(changes: [uri.stringValue: edits])
    }
}

extension SymbolKind {
    /// The LSP kind editors show for an outline entry: people as objects, organizations as namespaces, places as
    /// modules, speakers as classes (their quotes are children), quotes as strings.
    init(_ kind: SymbolInfo.Kind) {
        switch kind {
        case .person: self = .object
        case .organization: self = .namespace
        case .place: self = .module
        case .other: self = .key
        case .speaker: self = .class
        case .quote: self = .string
        }
    }
}
