namespace CodeTables.Generator.Model;

/// <summary>
/// A column that holds codes of another table, from the 'references' directive (docs/table-format.md,
/// "References between tables").
/// </summary>
/// <param name="Column">The column's header name, as the header writes it.</param>
/// <param name="Target">The target enum as the directive names it (simple or full name).</param>
/// <param name="IsList">Written <c>Type[]</c>: each cell holds a list of codes.</param>
/// <param name="KeyIndex">The column's position among the key columns, or -1.</param>
/// <param name="ExtraIndex">The column's position among <see cref="TableModel.ExtraColumns"/>, or -1.</param>
/// <param name="Method">The generated accessor's name: Get + the column in PascalCase.</param>
/// <param name="Directive">Where the directive is (the header when the value comes from item metadata).</param>
internal sealed record ReferenceColumn(string Column, string Target, bool IsList, int KeyIndex, int ExtraIndex, string Method, LocationInfo Directive)
{
    /// <summary>The member's cell in this column.</summary>
    public string Cell(TableMember member) => KeyIndex >= 0 ? member.Key[KeyIndex] : member.Extra[ExtraIndex];
}
