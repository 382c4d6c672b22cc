using System;
using CallOutcomeReport.Tables;
using CodeTables;

Console.WriteLine($"Q.850 17 -> {Q850CauseExtensions.Classify(17)}");
Console.WriteLine($"Huawei 615 -> {HuaweiCecReleaseCauseExtensions.FromCode(615).ToStringFast()}");
Console.WriteLine($"Natterbox Ringing/CALL_REJECTED -> {NatterboxMissedCallExtensions.Classify("Ringing", "CALL_REJECTED")}");
Console.WriteLine($"Busy category -> {CallOutcome.Busy.GetCategory()}");
