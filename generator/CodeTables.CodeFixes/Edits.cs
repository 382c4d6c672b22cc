using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;

namespace CodeTables.CodeFixes;

/// <summary>How the one-node fixes (CT1003, CT1004, CT2001) change a document.</summary>
internal static class Edits
{
    /// <summary>
    /// <paramref name="node"/> replaced by <paramref name="replacement"/> through a <see cref="DocumentEditor"/>,
    /// with the replaced node's trivia (the user's comments and layout around it), then laid out by the
    /// <see cref="Formatter"/> where it changed. Fix All is the framework's <see cref="WellKnownFixAllProviders.BatchFixer"/>:
    /// it merges these edits, and keeps one of several equal ones (two literals of one call, one switch's labels).
    /// </summary>
    public static async Task<Document> ReplaceAsync(Document document, SyntaxNode node, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        editor.ReplaceNode(node, replacement.WithTriviaFrom(node).WithAdditionalAnnotations(Formatter.Annotation));
        return await Formatter.FormatAsync(editor.GetChangedDocument(), Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
