using System.Collections.Generic;
using System.Linq;
using CodeTables.Generator.Model;
using CodeTables.Generator.Parsing;
using CodeTables.Shared;

namespace CodeTables.Generator.Emit;

/// <summary>
/// Writes the accessors of a table's reference columns (<c>T? GetC(this E)</c>, <c>IReadOnlyList&lt;T&gt; GetC(this E)</c>)
/// and the members' remarks that link the referenced members. Lists are static read-only collections, one per
/// distinct list, so a call never allocates.
/// </summary>
internal sealed class ReferenceWriter
{
    private const string ReadOnlyCollection = "global::System.Collections.ObjectModel.ReadOnlyCollection";

    private readonly SourceWriter _w;
    private readonly TableModel _table;
    private readonly EquatableArray<ResolvedReference> _references;
    private readonly string _type;

    /// <summary>Each reference cell's remark, by member name and column (built once: a table may have thousands of members).</summary>
    private readonly Dictionary<(string Member, string Column), string> _remarks = new();

    /// <param name="type">The table's enum as the file's code names it (its alias).</param>
    public ReferenceWriter(SourceWriter w, EmitModel model, string type)
    {
        _w = w;
        _table = model.Table;
        _references = model.References;
        _type = type;
        foreach (var reference in _references)
        {
            var target = GeneratedNames.Global(reference.TargetType);
            foreach (var link in reference.Links)
            {
                var cref = string.Join(", ", link.Targets.Select(t => $"<see cref=\"{target}.{GeneratedNames.Escape(t)}\"/>"));
                _remarks[(link.Member, reference.Column)] = $"{Literals.Doc(reference.Column)}: {cref}";
            }
        }
    }

    /// <summary>The accessors, inside the table's extension class.</summary>
    public void WriteAccessors()
    {
        var (w, table, type) = (_w, _table, _type);
        foreach (var reference in _references)
        {
            var target = GeneratedNames.Global(reference.TargetType);
            var from = $"<see cref=\"{GeneratedNames.Global(table.FullTypeName)}\"/> (<c>{Literals.Doc(table.FileName)}</c>)";
            var to = $"<see cref=\"{target}\"/> (<c>{Literals.Doc(reference.TargetFile)}</c>)";
            var column = Literals.Doc(reference.Column);
            w.Line();
            if (reference.IsList)
            {
                WriteList(w, reference, type, target, from, to, column);
            }
            else
            {
                WriteSingle(w, reference, type, target, from, to, column);
            }
        }
    }

    /// <summary>
    /// The remark for <paramref name="member"/>'s cell in a reference <paramref name="column"/>: the referenced members
    /// as links (<c>Q850: &lt;see cref="Q850Cause.UserBusy"/&gt;</c>); null when the column is not a reference or the
    /// cell names nothing, so the plain cell text is shown.
    /// </summary>
    public string? Remark(TableMember member, string column)
        => _remarks.TryGetValue((member.Name, column), out var remark) ? remark : null;

    private static void WriteSingle(SourceWriter w, ResolvedReference reference, string type, string target, string from, string to, string column)
    {
        w.Line($"/// <summary>The member of {to} that the <c>{column}</c> column of {from} names for this member.</summary>");
        w.Line($"/// <returns>The referenced member, or <see langword=\"null\"/> when the cell is empty or the value is not a member.</returns>");
        w.Open($"public static {target}? {reference.Method}(this {type} value)");
        w.Open("switch (value)");
        foreach (var group in reference.Links.GroupBy(l => l.Targets[0]))
        {
            foreach (var link in group)
            {
                w.Line("case " + type + "." + GeneratedNames.Escape(link.Member) + ":");
            }

            w.Line("    return " + target + "." + GeneratedNames.Escape(group.Key) + ";");
        }

        w.Line("default:");
        w.Line("    return null;");
        w.Close();
        w.Close();
    }

    private static void WriteList(SourceWriter w, ResolvedReference reference, string type, string target, string from, string to, string column)
    {
        // One shared list per distinct content in the lookup holder, the empty list first: no allocation per call.
        var lists = EmptyAndDistinctLists(reference);
        var field = EmitContext.Helper(reference.Method);
        w.Line($"/// <summary>The members of {to} that the <c>{column}</c> column of {from} lists for this member, in the cell's order.</summary>");
        w.Line($"/// <returns>The referenced members; an empty list (never <see langword=\"null\"/>) when the cell is empty or the value is not a member. The list is shared: do not cast it to change it.</returns>");
        w.Open($"public static global::System.Collections.Generic.IReadOnlyList<{target}> {reference.Method}(this {type} value)");
        w.Open("switch (value)");
        foreach (var group in reference.Links.GroupBy(l => l.Targets))
        {
            foreach (var link in group)
            {
                w.Line("case " + type + "." + GeneratedNames.Escape(link.Member) + ":");
            }

            w.Line($"    return {field}[{lists.IndexOf(group.Key)}];");
        }

        w.Line("default:");
        w.Line($"    return {field}[0];");
        w.Close();
        w.Close();
    }

    /// <summary>
    /// In the lookup holder: per list accessor, one array of its shared lists (the empty list first), named after the
    /// accessor, which is unique among the table's methods, so two accessors' lists can never share a name.
    /// </summary>
    public void WriteLists()
    {
        foreach (var reference in _references.Where(r => r.IsList))
        {
            var target = GeneratedNames.Global(reference.TargetType);
            var lists = EmptyAndDistinctLists(reference);
            _w.Line();
            _w.Line($"internal static readonly {ReadOnlyCollection}<{target}>[] {reference.Method} =");
            _w.Open();
            foreach (var list in lists)
            {
                var items = string.Join(", ", list.Select(t => target + "." + GeneratedNames.Escape(t)));
                _w.Line(list.Count == 0
                    ? $"global::System.Array.AsReadOnly(global::System.Array.Empty<{target}>()),"
                    : $"global::System.Array.AsReadOnly(new {target}[] {{ {items} }}),");
            }

            _w.Close("};");
        }
    }

    private static List<EquatableArray<string>> EmptyAndDistinctLists(ResolvedReference reference)
    {
        var lists = new List<EquatableArray<string>> { EquatableArray<string>.Empty };
        lists.AddRange(reference.Links.Select(l => l.Targets).Distinct().Where(t => t.Count > 0));
        return lists;
    }
}
