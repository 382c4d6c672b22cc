using Xunit;

namespace CodeTables.Tests.Storage;

/// <summary>The one-text form of a composite code (CodeTables.StoredCode): one text per code, one code per text.</summary>
public class StoredCodeTests
{
    [Theory]
    [InlineData(new[] { "conversation", "t" }, "conversation|t")]
    [InlineData(new[] { "All Busy", "" }, "All Busy|")]
    [InlineData(new[] { "", "" }, "|")]
    [InlineData(new[] { "a|b", "c" }, @"a\|b|c")]
    [InlineData(new[] { "a", "b|c" }, @"a|b\|c")]
    [InlineData(new[] { @"back\slash", @"\" }, @"back\\slash|\\")]
    [InlineData(new[] { "x", "y", "z" }, "x|y|z")]
    public void Parts_join_to_one_text_and_split_back(string[] parts, string text)
    {
        Assert.Equal(text, StoredCode.Join(parts));
        Assert.True(StoredCode.TrySplit(text, parts.Length, out var back));
        Assert.Equal(parts, back);
    }

    [Theory]
    [InlineData(null, 2)]
    [InlineData("conversation", 2)]     // one part where the table has two
    [InlineData("a|b|c", 2)]            // three parts
    [InlineData(@"a|b\", 2)]            // a dangling escape
    [InlineData(@"a\|b", 2)]            // one part: the separator is escaped
    public void A_text_of_another_shape_is_no_code(string? text, int count)
        => Assert.False(StoredCode.TrySplit(text, count, out _));
}
