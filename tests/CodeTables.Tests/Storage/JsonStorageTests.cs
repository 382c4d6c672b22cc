using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CodeTables.Tests.Tables;
using Xunit;

namespace CodeTables.Tests.Storage;

/// <summary>
/// System.Text.Json through the generated EJsonConverter of every shipped table (this project references System.Text.Json,
/// so its tables get them): the raw JSON is the vendor's code, read back to the same member, as a value and as a
/// dictionary key; a code not in the table is a JsonException that names the table and the nearest codes.
/// </summary>
public class JsonStorageTests
{
    public static TheoryData<string> Tables() => new(ShippedMember.Files);

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_member_is_written_as_its_code_and_read_back(string file)
    {
        var type = ShippedMember.EnumType(file);
        foreach (var member in ShippedMember.Of(file))
        {
            var json = JsonSerializer.Serialize(member.Value, type);
            Assert.Equal(ExpectedJson(member), json);
            Assert.Equal(member.Value, JsonSerializer.Deserialize(json, type));
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Dictionary_keys_are_codes(string file)
    {
        var type = ShippedMember.EnumType(file);
        var members = ShippedMember.Of(file);
        var dictionaryType = typeof(Dictionary<,>).MakeGenericType(type, typeof(int));
        var dictionary = (IDictionary)Activator.CreateInstance(dictionaryType)!;
        for (var i = 0; i < members.Count; i++)
        {
            dictionary.Add(members[i].Value, i);
        }

        var json = JsonSerializer.Serialize(dictionary, dictionaryType);
        var expected = "{" + string.Join(",", members.Select((m, i) => JsonSerializer.Serialize(m.StoredText) + ":" + i)) + "}";
        Assert.Equal(expected, json);
        var back = (IDictionary)JsonSerializer.Deserialize(json, dictionaryType)!;
        Assert.Equal(members.Count, back.Count);
        for (var i = 0; i < members.Count; i++)
        {
            Assert.Equal(i, back[members[i].Value]);
        }
    }

    [Fact]
    public void A_record_holds_codes_of_every_kind()
    {
        var record = new CallRecord(Q850Cause.UserBusy, FreeSwitchHangupCause.UserBusy, PuzzelPreviewDiallerResult.ConversationRingTimeout, null);
        var json = JsonSerializer.Serialize(record);
        Assert.Equal("""{"Q850":17,"FreeSwitch":"USER_BUSY","Puzzel":["conversation","t"],"Maybe":null}""", json);
        Assert.Equal(record, JsonSerializer.Deserialize<CallRecord>(json));
        Assert.Equal(record with { Maybe = SipResponse.BusyHere }, JsonSerializer.Deserialize<CallRecord>(json.Replace("null", "486")));
    }

    [Fact]
    public void An_integer_code_is_read_from_a_numeric_string_too()
        => Assert.Equal(Q850Cause.UserBusy, JsonSerializer.Deserialize<Q850Cause>("\"17\""));

    [Theory]
    [InlineData("\"USER_BUSYY\"", typeof(FreeSwitchHangupCause), "'USER_BUSYY' is not a code of the table freeswitch-hangup-cause.csv (FreeSwitchHangupCause); nearest codes: USER_BUSY,")]
    [InlineData("\"17\"", typeof(FreeSwitchHangupCause), "'17' is not a code of the table freeswitch-hangup-cause.csv")]
    [InlineData("487", typeof(Q850Cause), "'487' is not a code of the table q850-cause.csv (Q850Cause); nearest codes: 127,")]
    [InlineData("1.5", typeof(Q850Cause), "'1.5' is not a code of the table q850-cause.csv")]
    [InlineData("\"busy\"", typeof(Q850Cause), "'busy' is not a code of the table q850-cause.csv")]
    [InlineData("""["conversation","x"]""", typeof(PuzzelPreviewDiallerResult), "'conversation|x' is not a code of the table puzzel-preview-dialler-result.csv (PuzzelPreviewDiallerResult); nearest codes: conversation|")]
    [InlineData("""["conversation"]""", typeof(PuzzelPreviewDiallerResult), "Expected a code of the table puzzel-preview-dialler-result.csv (PuzzelPreviewDiallerResult) as a JSON array of its 2 key parts, not an array with EndArray where a key part (a string) belongs")]
    [InlineData("17", typeof(FreeSwitchHangupCause), "Expected a code of the table freeswitch-hangup-cause.csv (FreeSwitchHangupCause) as a JSON string, not Number")]
    public void A_code_not_in_the_table_is_a_JsonException_naming_the_table(string json, Type type, string message)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, type));
        Assert.True(error.Message.StartsWith(message, StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public void A_value_that_is_no_member_is_never_written()
    {
        // default(E) of a string table is 0, never a member: no silent "0" or row number in the JSON.
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(FreeSwitchHangupCause)));
        Assert.Equal("'0' is not a member of FreeSwitchHangupCause (freeswitch-hangup-cause.csv): it has no code to write.", error.Message);
    }

    /// <summary>The JSON worked out from the CSV cells: a number, a string, or an array of strings.</summary>
    private static string ExpectedJson(ShippedMember member)
        => member.Integer ? member.Code[0]
            : member.Code.Length == 1 ? JsonSerializer.Serialize(member.Code[0])
            : "[" + string.Join(",", member.Code.Select(p => JsonSerializer.Serialize(p))) + "]";

    private sealed record CallRecord(Q850Cause Q850, FreeSwitchHangupCause FreeSwitch, PuzzelPreviewDiallerResult Puzzel, SipResponse? Maybe);
}
