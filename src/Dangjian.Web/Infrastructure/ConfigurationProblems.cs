using Dangjian.Core.Data;

namespace Dangjian.Web.Infrastructure;

public static class ConfigurationProblems
{
    /// <summary>The configuration problem behind an exception, however deeply the host wrapped it.</summary>
    public static ConfigurationProblem? Find(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is ConfigurationProblem problem)
            {
                return problem;
            }

            if (e is AggregateException aggregate && aggregate.InnerExceptions.Select(Find).FirstOrDefault(p => p is not null) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }
}
