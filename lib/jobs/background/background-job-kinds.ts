// Every kind of background job, imported so each defines itself before the workers start.
import "server-only";
import "@/lib/leak-guard/recheck/recheck-published";
import "@/lib/redaction/detect-in-background";
import "@/lib/delivery/prepared/prepare-in-background";
