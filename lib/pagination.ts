import { z } from "zod";

export const PAGE_SIZE = 25;

export const PageParam = z.coerce.number().int().min(1).max(10_000).catch(1);

export type Page<T> = { items: T[]; page: number; pageCount: number; total: number };

export function pageWindow(page: number, pageSize = PAGE_SIZE) {
  return { skip: (page - 1) * pageSize, take: pageSize };
}

export function toPage<T>(items: T[], total: number, page: number, pageSize = PAGE_SIZE): Page<T> {
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
