using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CodeTables.Analyzers.Diagnostics;
using CodeTables.Analyzers.Facts;
using CodeTables.Analyzers.Model;
using CodeTables.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;

namespace CodeTables.CodeFixes;

/// <summary>
/// CT1001/CT1002. "Add missing cases": a switch statement with a default gets the missing labels on its default
/// section (same behaviour, now explicit); one without gets a <c>case E.X: break;</c> section per member. A switch
/// expression gets arms before its discard arm, with the discard arm's value (or a throw when there is no
/// default), so the result always compiles. The edit is built with <see cref="SyntaxGenerator"/> and laid out by
/// the <see cref="Formatter"/>, so new cases are indented like the others, and one-line sections stay one-liners.
/// <para>
/// When more than <see cref="LargeGap"/> members are missing from a switch that maps the table to its outcome,
/// "Delegate the other values to ToOutcome()" keeps the switch short instead: the default becomes
/// <c>_ => value.ToOutcome()</c> / <c>default: return value.ToOutcome();</c>, the table's own mapping, which
/// CT1001/CT1002 accept.
/// </para>
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingCasesCodeFix)), Shared]
public sealed class AddMissingCasesCodeFix : CodeFixProvider
{
    /// <summary>More missing members than this, and the short "delegate" fix is offered too.</summary>
    public const int LargeGap = 8;

    private const string AddKey = "CodeTables.AddMissingCases";
    private const string DelegateKey = "CodeTables.DelegateToOutcome";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(Rules.NonExhaustiveSwitch.Id, Rules.DefaultSwallowsCodes.Id);

    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create((context, document, diagnostics) => FixAsync(document, diagnostics, context.CodeActionEquivalenceKey, context.CancellationToken)!);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        var document = context.Document;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (Plan.For(root, model, SyntaxGenerator.GetGenerator(document), diagnostic, context.CancellationToken) is not { } plan)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Add missing cases", ct => FixAsync(document, ImmutableArray.Create(diagnostic), AddKey, ct), AddKey),
                diagnostic);
            if (plan.Members.Length > LargeGap && plan.Delegation is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Delegate the other values to ToOutcome()", ct => FixAsync(document, ImmutableArray.Create(diagnostic), DelegateKey, ct), DelegateKey),
                    diagnostic);
            }
        }
    }

    /// <summary>Fixes every diagnostic's switch in one document (one fix, or Fix All), then formats what changed.</summary>
    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? key, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var generator = SyntaxGenerator.GetGenerator(document);
        var plans = new Dictionary<SyntaxNode, Plan>();
        foreach (var diagnostic in diagnostics)
        {
            if (Plan.For(root, model, generator, diagnostic, cancellationToken) is { } plan && !plans.ContainsKey(plan.Switch)
                && (key != DelegateKey || (plan.Members.Length > LargeGap && plan.Delegation is not null)))
            {
                plans.Add(plan.Switch, plan);
            }
        }

        if (plans.Count == 0)
        {
            return document;
        }

        var newRoot = root.ReplaceNodes(plans.Keys, (original, rewritten) =>
        {
            var plan = plans[original];
            return key == DelegateKey ? plan.Delegate(rewritten, generator) : plan.AddCases(rewritten, generator);
        });
        return await Formatter.FormatAsync(document.WithSyntaxRoot(newRoot), Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What a diagnostic's switch needs, read from the original tree and model.</summary>
    private sealed class Plan
    {
        private readonly ImmutableArray<ExpressionSyntax> _labels;

        private readonly string _tableName;

        private Plan(SyntaxNode @switch, ImmutableArray<string> members, ImmutableArray<ExpressionSyntax> labels, ExpressionSyntax? delegation, string tableName)
        {
            _tableName = tableName;
            Switch = @switch;
            Members = members;
            _labels = labels;
            Delegation = delegation;
        }

        public SyntaxNode Switch { get; }

        public ImmutableArray<string> Members { get; }

        /// <summary><c>value.ToOutcome()</c> when the switch maps the table to its outcome; else null.</summary>
        public ExpressionSyntax? Delegation { get; }

        public static Plan? For(SyntaxNode root, SemanticModel model, SyntaxGenerator generator, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var node = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            var governing = node switch
            {
                SwitchStatementSyntax statement => statement.Expression,
                SwitchExpressionSyntax expression => expression.GoverningExpression,
                _ => null,
            };

            // What is missing, worked out as the analyzer did: the same SwitchCoverage over the same operation.
            if (node is null || governing is null || TableMetadataReader.TryCreate(model.Compilation) is not { } tables
                || SwitchCoverage.Of(model.GetOperation(node, cancellationToken), tables, out var info, out var nullable) is not { } coverage)
            {
                return null;
            }

            var table = info!.Type;
            var members = coverage.MissingMembers().Select(m => m.Name).ToImmutableArray();
            var addNull = diagnostic.Id == Rules.NonExhaustiveSwitch.Id && nullable && !coverage.HandlesNull;
            var labels = members.Select(m => SyntaxFactory.ParseExpression(Names.Member(table, m, model, node.SpanStart)));
            if (addNull)
            {
                labels = labels.Append(SyntaxFactory.LiteralExpression(SyntaxKind.NullLiteralExpression));
            }

            var valueType = model.GetTypeInfo(governing, cancellationToken).Type;
            return new Plan(node, members, labels.ToImmutableArray(), ToOutcomeCall(model, generator, node, governing, table, valueType!), table.Name);
        }

        public SyntaxNode AddCases(SyntaxNode node, SyntaxGenerator generator) => node switch
        {
            SwitchStatementSyntax statement => AddSections(statement, generator),
            SwitchExpressionSyntax expression => AddArms(expression, generator),
            _ => node,
        };

        public SyntaxNode Delegate(SyntaxNode node, SyntaxGenerator generator)
        {
            var call = Delegation!.WithAdditionalAnnotations(Formatter.Annotation);
            if (node is SwitchExpressionSyntax expression)
            {
                if (CatchAll(expression) is { } catchAll)
                {
                    return expression.ReplaceNode(catchAll.Expression, call.WithTriviaFrom(catchAll.Expression));
                }

                var arm = SyntaxFactory.SwitchExpressionArm(SyntaxFactory.DiscardPattern(), call).WithAdditionalAnnotations(Formatter.Annotation);
                return AppendArms(expression, new[] { arm });
            }

            var statement = (SwitchStatementSyntax)node;
            var returns = (StatementSyntax)generator.ReturnStatement(call);
            var section = statement.Sections.FirstOrDefault(s => s.Labels.Any(l => l is DefaultSwitchLabelSyntax));
            if (section is not null)
            {
                // The default's body becomes the table's answer; its labels stay.
                var body = SyntaxFactory.List(new[] { returns.WithAdditionalAnnotations(Formatter.Annotation) });
                return statement.ReplaceNode(section, section.WithStatements(body));
            }

            var added = ((SwitchSectionSyntax)generator.DefaultSwitchSection(new[] { returns })).WithAdditionalAnnotations(Formatter.Annotation);
            return statement.AddSections(OneLiners(statement) ? OneLine(added, statement.Sections.Last()) : added);
        }

        private SyntaxNode AddSections(SwitchStatementSyntax statement, SyntaxGenerator generator)
        {
            var defaultSection = statement.Sections.FirstOrDefault(s => s.Labels.Any(l => l is DefaultSwitchLabelSyntax));
            if (defaultSection is not null)
            {
                // Before "default:", in the default's section: the same behaviour, now explicit.
                var at = defaultSection.Labels.IndexOf(l => l is DefaultSwitchLabelSyntax);
                var labels = _labels.Select(l => (SwitchLabelSyntax)SyntaxFactory.CaseSwitchLabel(l).WithAdditionalAnnotations(Formatter.Annotation));
                return statement.ReplaceNode(defaultSection, defaultSection.WithLabels(defaultSection.Labels.InsertRange(at, labels)));
            }

            var oneLiners = OneLiners(statement);
            var sections = _labels.Select(l =>
            {
                var section = ((SwitchSectionSyntax)generator.SwitchSection(l, new[] { generator.ExitSwitchStatement() })).WithAdditionalAnnotations(Formatter.Annotation);
                return oneLiners ? OneLine(section, statement.Sections.Last()) : section;
            });
            return statement.AddSections(sections.ToArray());
        }

        private SyntaxNode AddArms(SwitchExpressionSyntax expression, SyntaxGenerator generator)
        {
            var catchAll = CatchAll(expression);
            var value = catchAll is { Pattern: DiscardPatternSyntax } ? catchAll.Expression.WithoutTrivia() : null;
            var arms = _labels.Select(l => SyntaxFactory.SwitchExpressionArm(
                    SyntaxFactory.ConstantPattern(l),
                    value ?? (ExpressionSyntax)generator.ThrowExpression(generator.ObjectCreationExpression(
                        SyntaxFactory.ParseTypeName("global::System.InvalidOperationException"),
                        generator.LiteralExpression(l + " is not handled yet.")))))
                .Select(a => a.WithAdditionalAnnotations(Formatter.Annotation))
                .ToList();
            if (catchAll is null)
            {
                // With every member listed the compiler still asks for the values no member names (CS8524: an
                // unknown code cast to the enum); the discard arm says what happens to them.
                var unnamed = SyntaxFactory.SwitchExpressionArm(
                    SyntaxFactory.DiscardPattern(),
                    (ExpressionSyntax)generator.ThrowExpression(generator.ObjectCreationExpression(
                        SyntaxFactory.ParseTypeName("global::System.InvalidOperationException"),
                        generator.LiteralExpression("The value is not a member of " + _tableName + "."))));
                arms.Add(unnamed.WithAdditionalAnnotations(Formatter.Annotation));
                return AppendArms(expression, arms);
            }

            // Before the catch-all: arms after it would never be reached.
            var at = expression.Arms.IndexOf(catchAll);
            var all = expression.Arms.GetWithSeparators().ToList();
            var newLine = SyntaxFactory.EndOfLine(NewLine(expression));
            var inserted = arms.SelectMany(a => new SyntaxNodeOrToken[] { a, SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(newLine) });
            all.InsertRange(at * 2, inserted);
            return expression.WithArms(SyntaxFactory.SeparatedList<SwitchExpressionArmSyntax>(all));
        }

        /// <summary>Arms at the end, each followed by a comma (the style of the generated and the fixed code).</summary>
        private static SwitchExpressionSyntax AppendArms(SwitchExpressionSyntax expression, IEnumerable<SwitchExpressionArmSyntax> arms)
        {
            var all = expression.Arms.GetWithSeparators().ToList();
            if (expression.Arms.Count > expression.Arms.SeparatorCount)
            {
                all.Add(SyntaxFactory.Token(SyntaxKind.CommaToken));
            }

            foreach (var arm in arms)
            {
                all.Add(arm);
                all.Add(SyntaxFactory.Token(SyntaxKind.CommaToken));
            }

            return expression.WithArms(SyntaxFactory.SeparatedList<SwitchExpressionArmSyntax>(all));
        }

        private static SwitchExpressionArmSyntax? CatchAll(SwitchExpressionSyntax expression)
            => expression.Arms.FirstOrDefault(a => a.WhenClause is null && a.Pattern is DiscardPatternSyntax or VarPatternSyntax
                or DeclarationPatternSyntax { Designation: DiscardDesignationSyntax });

        /// <summary>The line end the switch is written with.</summary>
        private static string NewLine(SyntaxNode node)
            => node.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToString() is { Length: > 0 } newLine ? newLine : "\n";

        /// <summary>Whether the existing sections are written <c>case X: statement;</c> on one line.</summary>
        private static bool OneLiners(SwitchStatementSyntax statement)
        {
            var text = statement.SyntaxTree.GetText();
            return statement.Sections.Count > 0 && statement.Sections.All(s => s.Statements.Count == 1
                && text.Lines.GetLineFromPosition(s.Labels.Last().Span.End).LineNumber == text.Lines.GetLineFromPosition(s.Statements[0].SpanStart).LineNumber);
        }

        /// <summary>
        /// The section as a one-liner like <paramref name="like"/>: its statement on the label's line, its
        /// indentation and line end. Laid out here, not by the formatter, which would break the line.
        /// </summary>
        private static SwitchSectionSyntax OneLine(SwitchSectionSyntax section, SwitchSectionSyntax like)
        {
            var oneLine = section.NormalizeWhitespace(indentation: "", eol: " ")
                .WithoutAnnotations(Formatter.Annotation)
                .WithLeadingTrivia(like.GetLeadingTrivia());
            return oneLine.WithTrailingTrivia(like.GetTrailingTrivia());
        }

        /// <summary>
        /// <c>value.ToOutcome()</c> when the switch's result is the table's outcome: a switch expression of that type,
        /// or a statement in a method or lambda returning it. Only for a plain variable, parameter or member as the
        /// value (evaluating it twice must be harmless) and not through a nullable.
        /// </summary>
        private static ExpressionSyntax? ToOutcomeCall(SemanticModel model, SyntaxGenerator generator, SyntaxNode node, ExpressionSyntax governing, ITypeSymbol table, ITypeSymbol valueType)
        {
            if (!SymbolEqualityComparer.Default.Equals(table, valueType) || !IsPlain(governing)
                || Names.Extensions(table)?.GetMembers(GeneratedNames.ToOutcome).OfType<IMethodSymbol>().FirstOrDefault() is not { } toOutcome)
            {
                return null;
            }

            var result = node switch
            {
                SwitchExpressionSyntax expression => model.GetTypeInfo(expression).ConvertedType,
                _ => (model.GetEnclosingSymbol(node.SpanStart) as IMethodSymbol)?.ReturnType,
            };
            if (!SymbolEqualityComparer.Default.Equals(result, toOutcome.ReturnType))
            {
                return null;
            }

            return Names.ExtensionCall(generator, table, GeneratedNames.ToOutcome, governing.WithoutTrivia(), model, node.SpanStart);
        }

        private static bool IsPlain(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax => true,
            ThisExpressionSyntax => true,
            MemberAccessExpressionSyntax member => IsPlain(member.Expression),
            _ => false,
        };
    }
}
