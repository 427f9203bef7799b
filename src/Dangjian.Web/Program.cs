using Dangjian.Core.Data;
using Dangjian.Web.Infrastructure;

try
{
    if (await Cli.TryRunAsync(args) is { } exitCode)
    {
        return exitCode;
    }

    var app = AppBuilder.Build(args);
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (ConfigurationProblems.Find(e) is { } problem)
{
    await Console.Error.WriteLineAsync($"启动失败 (start-up failed): {problem.Message}");
    return 2;
}

public partial class Program;
