using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace CodeTables.CodeFixes;

/// <summary>One way to fix a diagnostic: its title and the equivalence key that Fix All groups by.</summary>
internal readonly struct FixKind
{
    public FixKind(string title, string key)
    {
        Title = title;
        Key = key;
    }

    public string Title { get; }

    public string Key { get; }
}

/// <summary>
/// A code fix that turns each diagnostic into one text change. Text changes keep the user's layout and
/// comments, and many of them apply to a document at once, which gives Fix All (document, project,
/// solution; what <c>dotnet format analyzers</c> runs) for free. Overlapping changes are applied once.
/// </summary>
public abstract class TextFixProvider : CodeFixProvider
{
    public sealed override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create((context, document, diagnostics) => ApplyAsync(document, diagnostics, context.CodeActionEquivalenceKey, context.CancellationToken)!);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var kind in Kinds(diagnostic))
            {
                if (Change(root, model, diagnostic, kind.Key, context.CancellationToken) is null)
                {
                    continue;
                }

                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(kind.Title, ct => ApplyAsync(document, ImmutableArray.Create(diagnostic), kind.Key, ct), kind.Key),
                    diagnostic);
            }
        }
    }

    /// <summary>The fixes offered for a diagnostic, best first.</summary>
    internal abstract IEnumerable<FixKind> Kinds(Diagnostic diagnostic);

    /// <summary>The text change that fixes a diagnostic the <paramref name="key"/> way, or null when it cannot.</summary>
    internal abstract TextChange? Change(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, string? key, CancellationToken cancellationToken);

    private async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? key, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var changes = new List<TextChange>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (Change(root, model, diagnostic, key, cancellationToken) is not { } change)
            {
                continue;
            }

            // The same change for several diagnostics (one switch replaced by ToOutcome()) applies once;
            // a change inside one already made is dropped.
            if (changes.Any(c => c.Span.OverlapsWith(change.Span) || (c.Span == change.Span && c.Span.IsEmpty && c.NewText == change.NewText)))
            {
                continue;
            }

            changes.Add(change);
        }

        return changes.Count == 0 ? document : document.WithText(text.WithChanges(changes));
    }
}
