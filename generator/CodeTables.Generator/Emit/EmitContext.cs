using System.Collections.Generic;
using System.Linq;
using CodeTables.Generator.Model;
using CodeTables.Generator.Parsing;
using CodeTables.Shared;

namespace CodeTables.Generator.Emit;

/// <summary>One table being written: the model, the writer, and the names every writer needs.</summary>
internal sealed class EmitContext
{
    private static readonly string GeneratorVersion = typeof(EmitContext).Assembly.GetName().Version?.ToString() ?? "1.0.0.0";

    public static readonly string GeneratedCodeAttribute = $"[global::System.CodeDom.Compiler.GeneratedCode(\"CodeTables\", \"{GeneratorVersion}\")]";

    /// <summary>On the lookups that are one read: a few instructions, worth inlining into the caller's loop (docs/benchmarks.md).
    /// Through the file's aliases of MethodImplAttribute and MethodImplOptions (<see cref="GeneratedNames.MethodImplAlias"/>).</summary>
    public const string Inline = "[" + GeneratedNames.MethodImplAlias + "(" + GeneratedNames.MethodImplOptionsAlias + ".AggressiveInlining)]";

    public EmitContext(EmitModel model)
    {
        Model = model;
        Writer = new SourceWriter(4096 + (model.Table.Members.Count * 600));
        QualifiedType = GeneratedNames.Global(Table.FullTypeName);
        EnumName = GeneratedNames.Escape(Table.EnumName);
        Parameters = CodeParameters(Table, model.Language);
        References = new ReferenceWriter(Writer, model, Type);
    }

    /// <summary>The reference columns' accessors and the member remarks that link their targets.</summary>
    public ReferenceWriter References { get; }

    public EmitModel Model { get; }

    public TableModel Table => Model.Table;

    public LookupLayout Layout => Model.Layout;

    public SourceWriter Writer { get; }

    /// <summary>The enum in code: the file's alias of it (<see cref="GeneratedNames.EnumAlias"/>).</summary>
    public string Type => GeneratedNames.EnumAlias;

    /// <summary>The enum, global::-qualified: the alias's target, and the name doc comments refer to.</summary>
    public string QualifiedType { get; }

    /// <summary>The extension class, global::-qualified (the target of <see cref="GeneratedNames.ExtensionsAlias"/>).</summary>
    public string QualifiedExtensions => GeneratedNames.Beside(Table.FullTypeName, GeneratedNames.Extensions);

    /// <summary>The enum's simple name, escaped.</summary>
    public string EnumName { get; }

    /// <summary>The parameters that carry a raw code (one per key column for composite keys).</summary>
    public IReadOnlyList<CodeParameter> Parameters { get; }

    /// <summary>The outcome type, global::-qualified: the alias's target (<see cref="GeneratedNames.OutcomeAlias"/>).</summary>
    public string OutcomeType => GeneratedNames.Global(Table.OutcomeType!);

    /// <summary>The outcome type in code: the file's alias of it.</summary>
    public string Outcome => GeneratedNames.OutcomeAlias;

    public string Member(TableMember member) => Type + "." + GeneratedNames.Escape(member.Name);

    public static string OutcomeName(TableMember member) => member.Outcome!.Length == 0 ? GeneratedNames.UnknownOutcome : member.Outcome!;

    /// <summary>A member's outcome, through the file's alias of the outcome type (<see cref="GeneratedNames.OutcomeAlias"/>).</summary>
    public string OutcomeMember(TableMember member) => GeneratedNames.OutcomeAlias + "." + GeneratedNames.Escape(OutcomeName(member));

    /// <summary>The outcome for a code that is not in the table.</summary>
    public string UnknownOutcome => Model.Outcome!.Members.Contains(GeneratedNames.UnknownOutcome) ? GeneratedNames.OutcomeAlias + "." + GeneratedNames.UnknownOutcome : "default(" + Outcome + ")";

    /// <summary>The row of an int expression (the enum value or the code), read through the Row helper (LookupHolderWriter).</summary>
    public static string Row(string intExpression) => Helper("Row(" + intExpression + ")");

    /// <summary>
    /// A column of the row of an int expression (the enum value or the code), one read: a Map layout reads the
    /// column's per-code array at <c>Index</c>, the others the row (LookupHolderWriter).
    /// </summary>
    public string Read(RowColumns column, string intExpression)
        => Layout.Source == SlotSource.Map
            ? PerCode(LookupHolderWriter.PerCodeName(column), intExpression)
            : Row(intExpression) + "." + column;

    /// <summary>
    /// The entry of an int expression in a per-code array of the holder: one read at <c>Index</c>, which the JIT inlines
    /// (not a generic helper: over string arrays a shared generic costs a dictionary lookup per call).
    /// </summary>
    public static string PerCode(string array, string intExpression) => Helper(array) + "[" + Helper("Index(" + intExpression + ")") + "]";

    /// <summary>A member of the private holder class the lookups read (<see cref="GeneratedNames.LookupHolder"/>).</summary>
    public static string Helper(string member) => GeneratedNames.LookupHolder + "." + member;

    /// <summary><paramref name="type"/> as a nullable reference type where the language has them.</summary>
    public string MaybeNull(string type) => Model.Language.Nullable ? type + "?" : type;

    /// <summary>The index of an int expression from <see cref="LookupLayout.First"/>, unchecked so that no value throws under checked arithmetic.</summary>
    public string Offset(string intExpression) => Offset(intExpression, Layout.First);

    public string Offset(string intExpression, int first)
    {
        return first == 0
            ? $"unchecked((uint){intExpression})"
            : first < 0
                ? $"unchecked((uint)({intExpression} + {((-(long)first)).ToString(System.Globalization.CultureInfo.InvariantCulture)}))"
                : $"unchecked((uint)({intExpression} - {CodeSyntax.Format(first)}))";
    }

    private static IReadOnlyList<CodeParameter> CodeParameters(TableModel table, TargetLanguage language)
    {
        switch (table.Kind)
        {
            case CodeKind.Integer:
                return new[] { new CodeParameter("code", "int", false, "The raw code.") };
            case CodeKind.String:
                return new[] { new CodeParameter("code", "string", true, "The raw code, matched exactly (ordinal).") };
        }

        var names = new List<string>();
        var parameters = new List<CodeParameter>();
        for (var i = 0; i < table.KeyColumns.Count; i++)
        {
            var name = Identifiers.CamelCase(table.KeyColumns[i]);
            if (name == "value")
            {
                name = "valueKey";
            }

            var unique = name;
            for (var n = 2; names.Contains(GeneratedNames.Escape(unique)); n++)
            {
                unique = name + n;
            }

            names.Add(GeneratedNames.Escape(unique));
            parameters.Add(new CodeParameter(GeneratedNames.Escape(unique), "string", true, $"The {Literals.Doc(table.KeyColumns[i])} part of the code, matched exactly (ordinal)."));
        }

        return parameters;
    }
}

/// <summary>A parameter that carries (part of) a raw code.</summary>
/// <param name="Name">As declared (escaped when a keyword).</param>
/// <param name="Type">The type without nullable annotation.</param>
/// <param name="CanBeNull">A reference type that lookups accept as null (never a code).</param>
/// <param name="Doc">Its param doc text.</param>
internal sealed record CodeParameter(string Name, string Type, bool CanBeNull, string Doc)
{
    /// <summary>The name for nameof and param docs (no '@').</summary>
    public string PlainName => Identifiers.Unescape(Name);

    /// <summary>The declaration in a lookup that accepts null.</summary>
    public string Lenient(EmitContext e) => (CanBeNull ? e.MaybeNull(Type) : Type) + " " + Name;

    /// <summary>The declaration in FromCode, which takes a code.</summary>
    public string Strict => Type + " " + Name;

    /// <summary>Its value as text in an exception message.</summary>
    public string AsText => Type switch
    {
        "int" => Name + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture)",
        "string" => "(" + Name + " ?? \"null\")",
        _ => Name + ".ToString()",
    };
}
