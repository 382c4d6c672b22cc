using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CodeTables.Generator;
using CodeTables.Generator.Model;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeTables.Tests.Generator;

/// <summary>
/// The pipeline caches only if no step keeps a compilation alive or compares by identity: every tracked step's
/// output is walked, field by field, for a <see cref="Compilation"/>, an <see cref="ISymbol"/>, a
/// <see cref="SyntaxNode"/> or a <see cref="Location"/> (the check NetEscapades.EnumGenerators' tests make).
/// </summary>
public class PipelineOutputTests
{
    private static readonly Type[] Banned = [typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(Location)];

    [Fact]
    public void No_step_output_holds_a_compilation_symbol_syntax_node_or_location()
    {
        // A reference to a table of the project, one to a missing type, a dropped row and an outcome type from source:
        // every step has outputs, diagnostics included.
        var broken = new TableFile("/p/tables/broken.csv", """
            # enum: Broken
            # references: Cause=Missing
            Code,Outcome,Cause
            1,Busy,2
            2,NoSuchOutcome,3

            """);
        var run = GeneratorHarness.Run([ReferenceTests.Q850, ReferenceTests.Hangup, broken], "namespace Consumer { public enum Local { A } }");
        var result = run.Result.Results.Single();

        var walker = new Walker();
        foreach (var name in TrackingNameValues())
        {
            Assert.True(result.TrackedSteps.TryGetValue(name, out var steps), $"step {name} was not tracked");
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                walker.Visit(output.Value, name);
            }
        }

        foreach (var step in result.TrackedOutputSteps)
        {
            foreach (var output in step.Value.SelectMany(s => s.Outputs))
            {
                walker.Visit(output.Value, step.Key);
            }
        }

        Assert.Empty(walker.Problems);

        // The walk reached the values that could hold them: the compilation facts, a catalog, diagnostics.
        Assert.Contains(typeof(CompilationFacts), walker.Seen);
        Assert.Contains(typeof(TableCatalog), walker.Seen);
        Assert.Contains(typeof(DiagnosticInfo), walker.Seen);
    }

    private static IEnumerable<string> TrackingNameValues()
        => typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

    private sealed class Walker
    {
        private readonly HashSet<object> _visited = new(ReferenceEqualityComparer.Instance);

        public List<string> Problems { get; } = [];

        public HashSet<Type> Seen { get; } = [];

        public void Visit(object? node, string path)
        {
            if (node is null)
            {
                return;
            }

            var type = node.GetType();
            if (type.IsPrimitive || type.IsEnum || node is string or decimal)
            {
                return;
            }

            if (Banned.Any(banned => banned.IsInstanceOfType(node)))
            {
                Problems.Add($"{path} is a {type.FullName}");
                return;
            }

            if (!type.IsValueType && !_visited.Add(node))
            {
                return;
            }

            Seen.Add(type);
            if (node is Array array)
            {
                for (var i = 0; i < array.Length; i++)
                {
                    Visit(array.GetValue(i), $"{path}[{i}]");
                }

                return;
            }

            for (var declaring = type; declaring is not null && declaring != typeof(object); declaring = declaring.BaseType)
            {
                foreach (var field in declaring.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    Visit(field.GetValue(node), path + "." + field.Name);
                }
            }
        }
    }
}
