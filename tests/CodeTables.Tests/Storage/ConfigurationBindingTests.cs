using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using CodeTables.Tests.Tables;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace CodeTables.Tests.Storage;

/// <summary>
/// The generated ETypeConverter: every shipped member converts to its code as text and back through
/// <see cref="TypeDescriptor"/>, and IConfiguration binding (Microsoft.Extensions.Configuration.Binder) reads codes
/// into properties and list items. The binder's own rules, documented in docs/configuration.md: a list item it cannot
/// convert is skipped, not reported, and a dictionary key of an enum type is read with Enum.Parse (member names).
/// </summary>
public class ConfigurationBindingTests
{
    public static TheoryData<string> Tables() => new(ShippedMember.Files);

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_member_converts_to_its_code_as_text_and_back(string file)
    {
        var converter = TypeDescriptor.GetConverter(ShippedMember.EnumType(file));
        Assert.True(converter.CanConvertFrom(typeof(string)));
        foreach (var member in ShippedMember.Of(file))
        {
            Assert.Equal(member.StoredText, converter.ConvertToInvariantString(member.Value));
            Assert.Equal(member.Value, converter.ConvertFromInvariantString(member.StoredText));
        }
    }

    [Fact]
    public void Configuration_binds_codes()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dialler:RetryOn:0"] = "USER_BUSY",
            ["Dialler:RetryOn:1"] = "NO_ANSWER",
            ["Dialler:GiveUpOn"] = "21",
            ["Dialler:Preview"] = "conversation|t",
            ["Dialler:Hangup"] = "CALL_REJECTED",
        }).Build();

        var options = configuration.GetSection("Dialler").Get<DiallerOptions>()!;
        Assert.Equal([FreeSwitchHangupCause.UserBusy, FreeSwitchHangupCause.NoAnswer], options.RetryOn);
        Assert.Equal(Q850Cause.CallRejected, options.GiveUpOn);
        Assert.Equal(PuzzelPreviewDiallerResult.ConversationRingTimeout, options.Preview);
        Assert.Equal(FreeSwitchHangupCause.CallRejected, options.Hangup);
    }

    [Fact]
    public void A_configured_value_that_is_no_code_is_an_error_naming_the_table()
    {
        // "UserBusy" is the member's name, not FreeSWITCH's code: configuration holds codes only.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Dialler:Hangup"] = "UserBusy" }).Build();
        var error = Assert.Throws<InvalidOperationException>(() => configuration.GetSection("Dialler").Get<DiallerOptions>());
        var format = Assert.IsType<FormatException>(error.InnerException);
        Assert.StartsWith("'UserBusy' is not a code of the table freeswitch-hangup-cause.csv (FreeSwitchHangupCause); nearest codes: USER_BUSY", format.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_is_no_member_has_no_text()
    {
        var converter = TypeDescriptor.GetConverter(typeof(FreeSwitchHangupCause));
        Assert.Throws<ArgumentException>(() => converter.ConvertTo(null, CultureInfo.InvariantCulture, default(FreeSwitchHangupCause), typeof(string)));
    }

    public sealed class DiallerOptions
    {
        public List<FreeSwitchHangupCause> RetryOn { get; set; } = [];

        public Q850Cause GiveUpOn { get; set; }

        public PuzzelPreviewDiallerResult Preview { get; set; }

        public FreeSwitchHangupCause Hangup { get; set; }
    }
}
