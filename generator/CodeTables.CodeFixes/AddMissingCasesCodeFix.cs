using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using CodeTables.Analyzers.Diagnostics;
using CodeTables.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace CodeTables.CodeFixes
{
    /// <summary>
    /// CT1001/CT1002 "Add missing cases". A switch statement with a default gets the missing labels right before
    /// <c>default:</c> (same behaviour, now explicit); one without gets a <c>case E.X: break;</c> section per member.
    /// A switch expression gets arms before its discard arm, with the discard arm's value (or a throw when there is
    /// no default), so the result always compiles.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingCasesCodeFix)), Shared]
    public sealed class AddMissingCasesCodeFix : TextFixProvider
    {
        private const string Key = "CodeTables.AddMissingCases";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(Rules.NonExhaustiveSwitch.Id, Rules.DefaultSwallowsCodes.Id);

        internal override IEnumerable<FixKind> Kinds(Diagnostic diagnostic)
        {
            yield return new FixKind("Add missing cases", Key);
        }

        internal override TextChange? Change(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, string? key, CancellationToken cancellationToken)
        {
            var members = diagnostic.Properties.TryGetValue(PropertyNames.MissingMembers, out var list) && !string.IsNullOrEmpty(list)
                ? list!.Split(',')
                : new string[0];
            var addNull = diagnostic.Properties.TryGetValue(PropertyNames.MissingNull, out var missingNull) && missingNull == "true";
            var node = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            return node switch
            {
                SwitchStatementSyntax statement => ForStatement(statement, model, members, addNull),
                SwitchExpressionSyntax expression => ForExpression(expression, model, members, addNull),
                _ => null,
            };
        }

        private static TextChange? ForStatement(SwitchStatementSyntax statement, SemanticModel model, string[] members, bool addNull)
        {
            if (Table(model, statement.Expression) is not { } table)
            {
                return null;
            }

            var labels = Labels(table, model, statement.SpanStart, members, addNull);
            var defaultLabel = statement.Sections.SelectMany(s => s.Labels).OfType<DefaultSwitchLabelSyntax>().FirstOrDefault();
            var newLine = NewLine(statement);
            if (defaultLabel is not null)
            {
                // Before "default:", on lines of their own at its indentation.
                var indent = Indentation(defaultLabel);
                var text = new StringBuilder();
                foreach (var label in labels)
                {
                    text.Append("case ").Append(label).Append(':').Append(newLine).Append(indent);
                }

                return new TextChange(new TextSpan(defaultLabel.SpanStart, 0), text.ToString());
            }

            var sectionIndent = statement.Sections.Count > 0 ? Indentation(statement.Sections[0]) : Indentation(statement) + "    ";
            var bodyIndent = statement.Sections.Count > 0 && statement.Sections[0].Statements.Count > 0
                ? Indentation(statement.Sections[0].Statements[0])
                : sectionIndent + "    ";
            var sections = new StringBuilder();
            foreach (var label in labels)
            {
                sections.Append(sectionIndent).Append("case ").Append(label).Append(':').Append(newLine)
                    .Append(bodyIndent).Append("break;").Append(newLine);
            }

            // After the last section: at the start of the line that holds the closing brace.
            var close = statement.CloseBraceToken;
            var source = statement.SyntaxTree.GetText();
            var position = source.Lines.GetLineFromPosition(close.SpanStart).Start;
            if (source.ToString(TextSpan.FromBounds(position, close.SpanStart)).Trim().Length > 0)
            {
                return new TextChange(new TextSpan(close.SpanStart, 0), newLine + sections);
            }

            return new TextChange(new TextSpan(position, 0), sections.ToString());
        }

        private static TextChange? ForExpression(SwitchExpressionSyntax expression, SemanticModel model, string[] members, bool addNull)
        {
            if (Table(model, expression.GoverningExpression) is not { } table)
            {
                return null;
            }

            var labels = Labels(table, model, expression.SpanStart, members, addNull);
            var catchAll = expression.Arms.FirstOrDefault(a => a.WhenClause is null && a.Pattern is DiscardPatternSyntax or VarPatternSyntax
                or DeclarationPatternSyntax { Designation: DiscardDesignationSyntax });
            var value = catchAll is { Pattern: DiscardPatternSyntax }
                ? catchAll.Expression.ToString()
                : null;
            var newLine = NewLine(expression);
            var arms = new StringBuilder();
            if (catchAll is not null)
            {
                var indent = Indentation(catchAll);
                foreach (var label in labels)
                {
                    arms.Append(label).Append(" => ").Append(value ?? Throw(label)).Append(',').Append(newLine).Append(indent);
                }

                return new TextChange(new TextSpan(catchAll.SpanStart, 0), arms.ToString());
            }

            var armIndent = expression.Arms.Count > 0 ? Indentation(expression.Arms[0]) : Indentation(expression) + "    ";
            int insertAt;
            if (expression.Arms.Count == 0)
            {
                insertAt = expression.OpenBraceToken.Span.End;
            }
            else if (expression.Arms.SeparatorCount == expression.Arms.Count)
            {
                insertAt = expression.Arms.GetSeparator(expression.Arms.Count - 1).Span.End;
            }
            else
            {
                insertAt = expression.Arms.Last().Span.End;
                arms.Append(',');
            }

            foreach (var label in labels)
            {
                arms.Append(newLine).Append(armIndent).Append(label).Append(" => ").Append(Throw(label)).Append(',');
            }

            return new TextChange(new TextSpan(insertAt, 0), arms.ToString());
        }

        /// <summary>The code-table enum a switch is over (through a nullable), as the analyzers see it.</summary>
        private static ITypeSymbol? Table(SemanticModel model, ExpressionSyntax governing)
            => CodeTableCatalog.TryCreate(model.Compilation)?.GetTableOrNullable(model.GetTypeInfo(governing).Type, out _)?.Type;

        private static List<string> Labels(ITypeSymbol table, SemanticModel model, int position, string[] members, bool addNull)
        {
            var labels = members.Select(m => Names.Member(table, m, model, position)).ToList();
            if (addNull)
            {
                labels.Add("null");
            }

            return labels;
        }

        private static string Throw(string label)
            => "throw new global::System.InvalidOperationException(\"" + label.Replace("\\", "\\\\").Replace("\"", "\\\"") + " is not handled yet.\")";

        private static string Indentation(SyntaxNode node)
        {
            var text = node.SyntaxTree.GetText();
            var line = text.Lines.GetLineFromPosition(node.SpanStart);
            var prefix = text.ToString(TextSpan.FromBounds(line.Start, node.SpanStart));
            return prefix.Trim().Length == 0 ? prefix : new string(prefix.TakeWhile(char.IsWhiteSpace).ToArray());
        }

        private static string NewLine(SyntaxNode node)
        {
            var text = node.SyntaxTree.GetText();
            var line = text.Lines.GetLineFromPosition(node.SpanStart);
            return line.EndIncludingLineBreak - line.End == 2 ? "\r\n" : "\n";
        }
    }
}
