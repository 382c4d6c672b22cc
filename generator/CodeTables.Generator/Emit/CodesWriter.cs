using System.Collections.Generic;
using System.Linq;
using CodeTables.Generator.Model;
using CodeTables.Generator.Parsing;
using CodeTables.Shared;

namespace CodeTables.Generator.Emit;

/// <summary>
/// Writes <c>ECodes</c>: every member's code as a <c>const</c>, usable where only constants go (case labels,
/// patterns, attribute arguments, const fields). Integer and string codes are one const per member
/// (<c>ECodes.UserBusy</c>); a composite key is a nested class per member with one const per key column
/// (<c>ECodes.TryingCallRejected.HangupCause</c>), named like the member's <c>ToCode()</c> tuple elements
/// (<c>Identifiers.KeyPartNames</c>: the column's name, or <c>Key1</c>... where a tuple element could not take it).
/// </summary>
internal static class CodesWriter
{
    /// <summary>Members every class inherits from object: a const of that name needs <c>new</c> (CS0108), any other must not have it (CS0109).</summary>
    private static readonly HashSet<string> ObjectMembers = new HashSet<string>(System.StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    public static void Write(SourceWriter w, TableModel table, string enumType, string generatedCode)
    {
        var className = GeneratedNames.Codes(table.EnumName);
        w.Line($"/// <summary>The codes of <see cref=\"{enumType}\"/> (<c>{Literals.Doc(table.FileName)}</c>) as constants, for case labels, patterns and attribute arguments.</summary>");
        w.Line(generatedCode);
        w.Open($"public static class {className}");

        // A member named like the class cannot be declared in it (CS0542): it has no const, and the code fix falls back to the member.
        var members = table.Members.Where(m => m.Name != className).ToList();
        if (table.Kind == CodeKind.Composite)
        {
            // Inside the class, the enum's simple name finds the enum unless a nested class (a member) has that name.
            var crefType = members.Any(m => m.Name == table.EnumName) ? enumType : GeneratedNames.Escape(table.EnumName);
            for (var i = 0; i < members.Count; i++)
            {
                if (i > 0)
                {
                    w.Line();
                }

                var name = GeneratedNames.Escape(members[i].Name);
                w.Line($"/// <summary>The key parts of <see cref=\"{crefType}.{name}\"/>, one const per key column.</summary>");
                w.Open($"public {New(members[i].Name)}static class {name}");
                var parts = PartNames(table, members[i].Name);
                // The parts' hover is the member's own doc: what the code means, in the vendor's words.
                WriteConsts(w, "string", parts.Select((p, k) => (p, Literals.String(members[i].Key[k]))).ToList(), $"<inheritdoc cref=\"{crefType}.{name}\"/>", oneLine: true);
                w.Close();
            }
        }
        else
        {
            var type = table.Kind == CodeKind.Integer ? "int" : "string";
            var consts = members.Select(m => (m.Name, table.Kind == CodeKind.Integer ? CodeSyntax.Format(m.Value) : Literals.String(m.Key[0]))).ToList();
            WriteConsts(w, type, consts, "<summary>Each member's code, under the member's name.</summary>");
        }

        w.Close();
    }

    /// <summary>
    /// Constants as one declaration with one doc comment (a declarator per line): the doc says what every name is,
    /// once. A name inherited from object needs <c>new</c> and gets a declaration of its own. The few parts of a
    /// composite code are declarators on one line.
    /// </summary>
    private static void WriteConsts(SourceWriter w, string type, IReadOnlyList<(string Name, string Value)> consts, string doc, bool oneLine = false)
    {
        var plain = consts.Where(c => !ObjectMembers.Contains(c.Name)).ToList();
        var first = true;
        if (plain.Count > 0 && oneLine)
        {
            first = false;
            w.Line("/// " + doc);
            w.Line($"public const {type} {string.Join(", ", plain.Select(c => GeneratedNames.Escape(c.Name) + " = " + c.Value))};");
        }
        else if (plain.Count > 0)
        {
            first = false;
            w.Line("/// " + doc);
            w.Line($"public const {type}");
            w.Indent();
            for (var i = 0; i < plain.Count; i++)
            {
                w.Line($"{GeneratedNames.Escape(plain[i].Name)} = {plain[i].Value}{(i == plain.Count - 1 ? ";" : ",")}");
            }

            w.Outdent();
        }

        foreach (var (name, value) in consts.Where(c => ObjectMembers.Contains(c.Name)))
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            w.Line("/// " + doc);
            w.Line($"public new const {type} {name} = {value};");
        }
    }

    /// <summary>
    /// The <c>ToCode()</c> tuple's element names (<see cref="Identifiers.KeyPartNames"/>), except that none is the
    /// member's own name (a nested class cannot hold a member of its name: CS0542). The code fix reads parts by position.
    /// </summary>
    private static string[] PartNames(TableModel table, string memberName)
    {
        var names = Identifiers.KeyPartNames(table.KeyColumns);
        for (var i = 0; i < names.Length; i++)
        {
            while (names[i] == memberName || System.Array.IndexOf(names, names[i]) != i)
            {
                names[i] += "_";
            }
        }

        return names;
    }

    private static string New(string name) => ObjectMembers.Contains(name) ? "new " : string.Empty;
}
