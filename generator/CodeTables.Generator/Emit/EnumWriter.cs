using System.Collections.Generic;
using System.Linq;
using CodeTables.Generator.Model;
using CodeTables.Generator.Parsing;
using CodeTables.Shared;

namespace CodeTables.Generator.Emit;

/// <summary>The enum: one documented member per code, in the vendor's wording, with its metadata for the analyzers.</summary>
internal static class EnumWriter
{
    public static void Write(EmitContext e)
    {
        var w = e.Writer;
        var table = e.Table;
        WriteDocLines(w, "summary", Literals.DocLines(table.Summary ?? DefaultSummary(table)));
        var remarks = new List<string>();
        if (table.Vendor is not null)
        {
            remarks.Add("Vendor: " + Literals.Doc(table.Vendor) + ".");
        }

        if (table.Source is not null)
        {
            remarks.Add("Source: " + Literals.Doc(table.Source) + ".");
        }

        remarks.Add(table.Decision is not null ? DecisionWriter.EnumRemark(e) : $"Generated from <c>{Literals.Doc(table.FileName)}</c> ({table.Members.Count} codes{KeyedBy(table)}); lookups in <see cref=\"{e.EnumName}Extensions\"/>.");
        if (table.OutcomeType is not null)
        {
            remarks.Add(RetryRule(e));
        }

        WriteDocLines(w, "remarks", remarks.Select(r => "<para>" + r + "</para>").ToList());
        w.Line(TableAttribute(e));
        StorageWriter.WriteEnumAttributes(e);
        w.Line(EmitContext.GeneratedCodeAttribute);
        w.Open("public enum " + e.EnumName);
        foreach (var member in table.Members)
        {
            WriteMemberDocs(e, member);
            w.Line(MemberAttribute(e, member) + GeneratedNames.Escape(member.Name) + " = " + CodeSyntax.Format(member.Value) + ",");
        }

        w.Close();
    }

    private static string RetryRule(EmitContext e)
    {
        var cells = e.Layout.Has(RowColumns.Retry);
        if (e.Model.Outcome?.HasRetryAdvice == true)
        {
            return cells ? "Retry: the row's Retry cell where it has one, else the outcome's default advice." : "Retry: the outcome's default advice.";
        }

        return cells ? "Retry: the row's Retry cell; no where it is empty." : "No Retry cells and no retry advice from the outcome type: no IsRetryable.";
    }

    private static string TableAttribute(EmitContext e)
    {
        var table = e.Table;
        var arguments = new List<string> { Literals.String(table.FileName) };
        if (table.Vendor is not null)
        {
            arguments.Add("Vendor = " + Literals.String(table.Vendor));
        }

        if (table.Source is not null)
        {
            arguments.Add("Source = " + Literals.String(table.Source));
        }

        if (table.OutcomeType is not null)
        {
            arguments.Add("OutcomeType = typeof(" + e.OutcomeType + ")");
        }

        if (table.Decision is not null)
        {
            arguments.Add("Inputs = new[] { " + string.Join(", ", table.KeyColumns.Select(Literals.String)) + " }");
        }
        else if (table.Kind == CodeKind.Composite)
        {
            arguments.Add("KeyColumns = new[] { " + string.Join(", ", table.KeyColumns.Select(Literals.String)) + " }");
        }

        return "[global::CodeTables.CodeTable(" + string.Join(", ", arguments) + ")]";
    }

    private static string DefaultSummary(TableModel table)
        => table.Decision is not null ? "The rules of the decision table " + table.FileName + "."
            : table.Vendor is null ? "Codes of the table " + table.FileName + "." : table.Vendor + " codes (" + table.FileName + ").";

    /// <summary>The member's code and outcome as metadata, for the analyzers (integer codes are the value itself), before the member on its line.</summary>
    private static string MemberAttribute(EmitContext e, TableMember member)
    {
        // The outcome first, through the attribute's (object outcome, params string[] key) constructor: the shortest form.
        var arguments = new List<string>();
        if (member.Outcome is not null)
        {
            arguments.Add(e.OutcomeMember(member));
        }

        if (e.Table.Kind != CodeKind.Integer && e.Table.Decision is null)
        {
            arguments.AddRange(member.Key.Select(Literals.String));
        }

        return arguments.Count == 0 ? string.Empty : "[" + GeneratedNames.MemberAttributeAlias + "(" + string.Join(", ", arguments) + ")] ";
    }

    /// <summary>Whether any member carries <c>[CodeTableMember]</c> (the file then declares its alias).</summary>
    public static bool HasMemberAttributes(EmitContext e)
        => e.Table.Members.Any(m => MemberAttribute(e, m).Length > 0);

    /// <summary>
    /// The description as the summary; the code (unless it is the value), outcome, Retry cell and the other
    /// columns' cells as remarks, one line each.
    /// </summary>
    private static void WriteMemberDocs(EmitContext e, TableMember member)
    {
        var summary = Literals.DocLines(member.Description);
        if (summary.Length == 0)
        {
            summary = new[] { "Code <c>" + Literals.Doc(DisplayCode(e.Table, member)) + "</c>." };
        }

        var facts = new List<string>();
        if (e.Table.Decision is not null)
        {
            // The rule's conditions in words: its summary when it has no Description, else the first remark.
            var conditions = DecisionWriter.Conditions(e, member);
            if (Literals.DocLines(member.Description).Length == 0)
            {
                summary = new[] { conditions };
            }
            else
            {
                facts.Add(conditions);
            }
        }
        else if (e.Table.Kind != CodeKind.Integer)
        {
            facts.Add("Code <c>" + Literals.Doc(DisplayCode(e.Table, member)) + "</c>.");
        }
        else if (member.Range is not null)
        {
            facts.Add("Code " + Literals.Doc(member.Key[0]) + ", one of the range <c>" + Literals.Doc(member.Range) + "</c>.");
        }

        if (member.Outcome is not null)
        {
            // The outcome by name: [CodeTableMember] carries the typed value.
            facts.Add("Outcome: " + GeneratedNames.Escape(EmitContext.OutcomeName(member)) + ".");
        }

        if (member.Retry is not null)
        {
            facts.Add(member.Retry == true ? "Retry: yes." : "Retry: no.");
        }

        // The other columns' cells, one to a line, of the columns the plan documents (not Notes: EmitModel.RemarkColumns).
        var cells = new List<string>();
        foreach (var i in e.Model.RemarkColumns)
        {
            var cell = Literals.DocLines(member.Extra[i]);
            if (cell.Length > 0)
            {
                cells.Add(e.References.Remark(member, e.Table.ExtraColumns[i]) ?? Literals.Doc(e.Table.ExtraColumns[i]) + ": " + string.Join(" ", cell));
            }
        }

        // A key column that references another table (Natterbox's HangupCause): its cell is in the code above, the
        // link to the referenced member here.
        foreach (var column in e.Table.KeyColumns)
        {
            if (e.References.Remark(member, column) is { } link)
            {
                cells.Add(link);
            }
        }

        // One line for a one-line description: the summary, then the facts and the cells as remarks.
        var lines = new List<string>();
        if (facts.Count > 0)
        {
            lines.Add(string.Join(" ", facts));
        }

        lines.AddRange(cells);
        var remarks = lines.Count == 0 ? string.Empty : "<remarks>" + string.Join("<br/>", lines) + "</remarks>";
        if (summary.Length == 1)
        {
            e.Writer.Line("/// <summary>" + summary[0] + "</summary>" + remarks);
            return;
        }

        WriteDocLines(e.Writer, "summary", summary);
        if (remarks.Length > 0)
        {
            e.Writer.Line("/// " + remarks);
        }
    }

    /// <summary>A doc element: on one line when the text is one line, else one line per text line.</summary>
    private static void WriteDocLines(SourceWriter w, string element, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        if (lines.Count == 1)
        {
            w.Line($"/// <{element}>{lines[0]}</{element}>");
            return;
        }

        w.Line($"/// <{element}>");
        foreach (var line in lines)
        {
            w.Line("/// " + line);
        }

        w.Line($"/// </{element}>");
    }


    /// <summary>A composite code's columns, in the order of the parts its members' remarks show.</summary>
    private static string KeyedBy(TableModel table)
        => table.Kind == CodeKind.Composite ? ", keyed by " + Literals.Doc(string.Join(" + ", table.KeyColumns)) : string.Empty;

    private static string DisplayCode(TableModel table, TableMember member) => table.Kind switch
    {
        // As FromCode takes it and ToCode returns it: the parts in key-column order (the enum's docs name the columns).
        CodeKind.Composite => "(" + string.Join(", ", member.Key.Select(k => "\"" + k + "\"")) + ")",
        CodeKind.String => "\"" + member.Key[0] + "\"",
        _ => member.Key[0],
    };
}
