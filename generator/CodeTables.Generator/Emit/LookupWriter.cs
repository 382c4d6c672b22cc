using System.Collections.Generic;
using System.Linq;
using CodeTables.Generator.Model;
using CodeTables.Generator.Parsing;

namespace CodeTables.Generator.Emit;

/// <summary>Code -> member: TryFromCode, FromCode and Classify for each parameter list the table takes.</summary>
internal static class LookupWriter
{
    private const string SpanType = "global::System.ReadOnlySpan<char>";

    public static void Write(EmitContext e)
    {
        switch (e.Table.Kind)
        {
            case CodeKind.Integer:
                WriteIntegerLookups(e);
                break;
            case CodeKind.String when e.Model.Language.SpanSwitch:
                WriteStringOverSpan(e);
                break;
            default:
                WriteTextLookups(e);
                break;
        }
    }

    /// <summary>Integer codes: the code is the value, so TryFromCode is IsDefined.</summary>
    private static void WriteIntegerLookups(EmitContext e)
    {
        var w = e.Writer;
        var code = e.Parameters[0];
        WriteTryFromCodeDocs(e);
        w.Line(EmitContext.Inline);
        w.Open($"public static bool TryFromCode({code.Lenient(e)}, out {e.Type} value)");
        w.Line($"var found = IsDefined(({e.Type})code);");
        w.Line($"value = found ? ({e.Type})code : default;");
        w.Line("return found;");
        w.Close();
        w.Line();
        WriteFromCode(e, new[] { code });
        if (e.Model.Outcome is not null)
        {
            // One read: the rows (and per-code arrays) hold Unknown for the values that are not codes.
            WriteClassifyDocs(w);
            w.Line(EmitContext.Inline);
            w.Line($"public static {e.Outcome} Classify({code.Lenient(e)}) => {e.Read(RowColumns.Outcome, "code")};");
            w.Line();
        }
    }

    /// <summary>String codes on a target with spans: the switch is written once, over the span; the string overloads delegate.</summary>
    private static void WriteStringOverSpan(EmitContext e)
    {
        var w = e.Writer;
        var code = e.Parameters[0];
        var span = code with { Type = SpanType, CanBeNull = false };
        const string AsSpan = "global::System.MemoryExtensions.AsSpan(code)";

        WriteTryFromCodeDocs(e);
        w.Open($"public static bool TryFromCode({code.Lenient(e)}, out {e.Type} value)");
        w.Open("if (code is object)");
        w.Line($"return TryFromCode({AsSpan}, out value);");
        w.Close();
        w.Line();
        w.Line("value = default;");
        w.Line("return false;");
        w.Close();
        w.Line();
        // The span overloads share the string overloads' docs and FromCode's message.
        w.Line($"/// <inheritdoc cref=\"TryFromCode(string, out {e.Type})\"/>");
        w.Line(EmitContext.Inline);
        w.Open($"public static bool TryFromCode({span.Lenient(e)}, out {e.Type} value)");
        w.Line($"value = ({e.Type}){EmitContext.Helper("ValueOf(code)")};");
        w.Line("return value != 0;");
        w.Close();
        w.Line();
        WriteFromCode(e, new[] { code });
        w.Line("/// <inheritdoc cref=\"FromCode(string)\"/>");
        w.Line($"public static {e.Type} FromCode({span.Strict})");
        w.Line("    => TryFromCode(code, out var value) ? value : FromCode(code.ToString());");
        w.Line();
        if (e.Model.Outcome is not null)
        {
            WriteClassifyDocs(w);
            w.Line($"public static {e.Outcome} Classify({code.Lenient(e)}) => code is object ? Classify({AsSpan}) : {e.UnknownOutcome};");
            w.Line();
            w.Line("/// <inheritdoc cref=\"Classify(string)\"/>");
            w.Line(EmitContext.Inline);
            w.Line($"public static {e.Outcome} Classify({span.Lenient(e)}) => {EmitContext.Helper("Rows")}[{EmitContext.Helper("ValueOf(code)")}].Outcome;");
            w.Line();
        }
    }

    /// <summary>String codes without spans, and composite keys: one switch to the member's value (0 = not a code).</summary>
    private static void WriteTextLookups(EmitContext e)
    {
        var w = e.Writer;
        var declarations = string.Join(", ", e.Parameters.Select(p => p.Lenient(e)));
        var arguments = string.Join(", ", e.Parameters.Select(p => p.Name));
        WriteTryFromCodeDocs(e);
        w.Line(EmitContext.Inline);
        w.Open($"public static bool TryFromCode({declarations}, out {e.Type} value)");
        w.Line($"value = ({e.Type}){EmitContext.Helper("ValueOf(" + arguments + ")")};");
        w.Line("return value != 0;");
        w.Close();
        w.Line();
        WriteFromCode(e, e.Parameters);
        if (e.Model.Outcome is not null)
        {
            WriteClassifyDocs(w);
            w.Line(EmitContext.Inline);
            w.Line($"public static {e.Outcome} Classify({declarations}) => {EmitContext.Helper("Rows")}[{EmitContext.Helper("ValueOf(" + arguments + ")")}].Outcome;");
            w.Line();
        }
    }

    private static void WriteTryFromCodeDocs(EmitContext e)
        => e.Writer.Line(e.Table.Kind == CodeKind.Integer
            ? "/// <summary>Finds the member for a raw code; false (and default) for a code not in the table. Never throws.</summary>"
            : "/// <summary>Finds the member for a raw code (matched exactly, ordinal); false (and default) for a code not in the table or null. Never throws.</summary>");

    private static void WriteClassifyDocs(SourceWriter w)
        => w.Line("/// <summary>The outcome of a raw code; Unknown for a code not in the table.</summary>");

    /// <summary>FromCode: TryFromCode, or an exception that names the code (every part), the table and the enum.</summary>
    private static void WriteFromCode(EmitContext e, IReadOnlyList<CodeParameter> parameters)
    {
        var w = e.Writer;
        var declarations = string.Join(", ", parameters.Select(p => p.Strict));
        var arguments = string.Join(", ", parameters.Select(p => p.Name));
        var code = string.Join(" + \", \" + ", parameters.Select(p => p.AsText));
        var message = Literals.String("' is not a code of the table " + e.Table.FileName + " (" + e.Table.EnumName + ").");
        w.Line("/// <summary>The member for a raw code; throws ArgumentOutOfRangeException for a code not in the table.</summary>");
        w.Line($"public static {e.Type} FromCode({declarations})");
        w.Indent();
        w.Line($"=> TryFromCode({arguments}, out var value) ? value : throw new global::System.ArgumentOutOfRangeException(nameof({parameters[0].PlainName}), \"'\" + {code} + {message});");
        w.Outdent();
        w.Line();
    }

    /// <summary>
    /// In the lookup holder: the switch from a raw code (string or composite) to the member's value, written once,
    /// over the span where the string lookups switch on spans; 0 is not a member.
    /// </summary>
    public static void WriteValueOf(EmitContext e)
    {
        switch (e.Table.Kind)
        {
            case CodeKind.Integer:
                return;
            case CodeKind.String when e.Model.Language.SpanSwitch:
                WriteValueOfSwitch(e, (e.Parameters[0] with { Type = SpanType, CanBeNull = false }).Lenient(e));
                return;
            default:
                WriteValueOfSwitch(e, string.Join(", ", e.Parameters.Select(p => p.Lenient(e))));
                return;
        }
    }

    private static void WriteValueOfSwitch(EmitContext e, string declarations)
    {
        var w = e.Writer;
        w.Line();
        var members = e.Table.Members;
        if (e.Model.Language.TuplePatterns || e.Model.Language.Nullable)
        {
            // A switch expression (C# 8, as nullable reference types): for a composite key one switch over the tuple of parts, whose lowering beat
            // a nested switch per key column (docs/benchmarks.md); for a string code the same lowering as the switch
            // statement, in a line per code instead of a case and a return.
            var tuple = e.Parameters.Count == 1 ? e.Parameters[0].Name : "(" + string.Join(", ", e.Parameters.Select(p => p.Name)) + ")";
            w.Line($"internal static int ValueOf({declarations}) => {tuple} switch");
            w.Open();
            foreach (var member in members)
            {
                var key = string.Join(", ", member.Key.Select(Literals.String));
                w.Line((e.Parameters.Count == 1 ? key : "(" + key + ")") + " => " + CodeSyntax.Format(member.Value) + ",");
            }

            w.Line("_ => 0,");
            w.Close("};");
            return;
        }

        w.Open($"internal static int ValueOf({declarations})");
        WriteNestedSwitch(e, members.ToList(), 0);
        w.Close();
    }

    /// <summary>A switch on key part <paramref name="part"/>; before C# 8 (no tuple patterns), nested for the next parts.</summary>
    private static void WriteNestedSwitch(EmitContext e, List<TableMember> members, int part)
    {
        var w = e.Writer;
        if (members.Count == 0)
        {
            // Every row was dropped (CT0010): no code is in the table, and no empty switch.
            w.Line("return 0;");
            return;
        }

        w.Open($"switch ({e.Parameters[part].Name})");
        foreach (var group in members.GroupBy(m => m.Key[part]))
        {
            if (part == e.Parameters.Count - 1)
            {
                w.Line($"case {Literals.String(group.Key)}: return {CodeSyntax.Format(group.First().Value)};");
                continue;
            }

            w.Line($"case {Literals.String(group.Key)}:");
            w.Indent();
            WriteNestedSwitch(e, group.ToList(), part + 1);
            w.Outdent();
        }

        w.Close();
        w.Line();
        w.Line("return 0;");
    }
}
