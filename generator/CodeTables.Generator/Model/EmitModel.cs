namespace CodeTables.Generator.Model;

/// <summary>What the writers get (Emit/LayoutPlanner.cs plans it from a <see cref="ValidModel"/>): a valid table, its resolved outcome type, what the target language offers and the lookup layout.</summary>
/// <param name="Language">What the compilation's C# version and references allow the generated code to use.</param>
/// <param name="Layout">The lookup layout, planned before emission (Emit/LayoutPlanner.cs).</param>
/// <param name="References">The reference columns with their targets resolved (Validation/ReferenceValidator.cs).</param>
/// <param name="Storage">The storage converters to write (Emit/StorageWriter.cs), as validation decided them; null for none.</param>
/// <param name="Decision">A decision table's rules, resolved and verified (Validation/DecisionValidator.cs).</param>
/// <param name="Codes">Whether <c>ECodes</c> is written (Emit/CodesWriter.cs), as validation decided it.</param>
/// <param name="RemarkColumns">The indexes into <see cref="TableModel.ExtraColumns"/> whose cells are written in each member's remarks, in order: every other column but Notes (Parsing/TableParser.IsNotes).</param>
internal sealed record EmitModel(TableModel Table, OutcomeTypeInfo? Outcome, TargetLanguage Language, LookupLayout Layout, EquatableArray<ResolvedReference> References = default, StorageSupport? Storage = null, DecisionPlan? Decision = null, bool Codes = true, EquatableArray<int> RemarkColumns = default)
{
    /// <summary>Whether IsRetryable is generated: with Retry cells, or with an outcome type that gives retry advice.</summary>
    public bool HasIsRetryable => Layout.Has(RowColumns.Retry) || Outcome?.HasRetryAdvice == true;
}

/// <summary>The language features generated code may use; everything else it writes compiles from C# 7.3 up.</summary>
/// <param name="Nullable">C# 8: <c>#nullable enable</c> and <c>string?</c>.</param>
/// <param name="TuplePatterns">C# 8: the composite lookup is one switch over the tuple of parts.</param>
/// <param name="FileScopedNamespace">C# 10: <c>namespace N;</c>, one indentation level less on every line.</param>
/// <param name="SpanSwitch">C# 11 and ReadOnlySpan&lt;char&gt;: string codes are switched on as spans, and the string overloads delegate to them.</param>
internal sealed record TargetLanguage(bool Nullable, bool TuplePatterns, bool FileScopedNamespace, bool SpanSwitch);
